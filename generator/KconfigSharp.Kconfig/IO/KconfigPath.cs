using System.Collections.Generic;

namespace KconfigSharp.Kconfig.IO;

/// <summary>Path arithmetic for Kconfig paths: always <c>/</c>-separated, <c>.</c> and <c>..</c> folded.</summary>
public static class KconfigPath
{
    /// <summary>Normalizes separators to <c>/</c> and folds <c>.</c> and <c>..</c> segments.</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        if (unified.IndexOf("./", System.StringComparison.Ordinal) < 0 && unified.IndexOf("//", System.StringComparison.Ordinal) < 0
            && !unified.EndsWith("/.", System.StringComparison.Ordinal) && !unified.EndsWith("/..", System.StringComparison.Ordinal))
        {
            return unified;
        }

        var rooted = unified.StartsWith("/", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".." || !rooted)
            {
                parts.Add(part);
            }
        }

        var joined = string.Join("/", parts);
        return rooted ? "/" + joined : joined;
    }

    /// <summary>The folder part of a path (empty for a bare file name).</summary>
    public static string GetDirectory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    /// <summary>Joins a base folder and a relative path; an absolute <paramref name="relative"/> wins.</summary>
    public static string Combine(string baseDirectory, string relative)
    {
        var rel = relative.Replace('\\', '/');
        if (rel.StartsWith("/", System.StringComparison.Ordinal) || (rel.Length > 1 && rel[1] == ':') || baseDirectory.Length == 0)
        {
            return Normalize(rel);
        }

        return Normalize(baseDirectory.TrimEnd('/') + "/" + rel);
    }
}

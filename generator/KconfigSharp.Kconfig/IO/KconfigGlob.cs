namespace KconfigSharp.Kconfig.IO;

/// <summary>Wildcard matching for <see cref="IKconfigGlobProvider"/> implementations (Python <c>glob</c> rules).</summary>
public static class KconfigGlob
{
    /// <summary>True when <paramref name="path"/> contains a wildcard character.</summary>
    public static bool IsPattern(string path) =>
        path.IndexOf('*') >= 0 || path.IndexOf('?') >= 0 || path.IndexOf('[') >= 0;

    /// <summary>True when the whole of <paramref name="path"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, string path)
    {
        // Iterative matcher with one backtrack point per '*' (the classic linear-ish wildcard walk).
        int p = 0, s = 0, starP = -1, starS = -1;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starS = s;
                continue;
            }

            if (p < pattern.Length && MatchOne(pattern, ref p, path[s]))
            {
                s++;
                continue;
            }

            // '*' never swallows a '/'.
            if (starP >= 0 && path[starS] != '/')
            {
                p = starP + 1;
                s = ++starS;
                continue;
            }

            return false;
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Matches one pattern element at <paramref name="p"/> against <paramref name="c"/>, advancing past it on success.</summary>
    private static bool MatchOne(string pattern, ref int p, char c)
    {
        var current = pattern[p];
        if (current == '?')
        {
            if (c == '/')
            {
                return false;
            }

            p++;
            return true;
        }

        if (current == '[')
        {
            var close = p + 2 <= pattern.Length ? pattern.IndexOf(']', p + 2) : -1;
            if (close > 0)
            {
                var i = p + 1;
                var negate = pattern[i] == '!';
                if (negate)
                {
                    i++;
                }

                var found = false;
                for (; i < close; i++)
                {
                    if (i + 2 < close && pattern[i + 1] == '-')
                    {
                        found |= c >= pattern[i] && c <= pattern[i + 2];
                        i += 2;
                    }
                    else
                    {
                        found |= c == pattern[i];
                    }
                }

                if (found != negate && c != '/')
                {
                    p = close + 1;
                    return true;
                }

                return false;
            }
        }

        if (current == c)
        {
            p++;
            return true;
        }

        return false;
    }
}

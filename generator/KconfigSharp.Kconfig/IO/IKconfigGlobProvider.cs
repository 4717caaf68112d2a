using System.Collections.Generic;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Optional second capability of an <see cref="IKconfigFileProvider"/>: listing files that match a
/// wildcard pattern, for Kconfiglib's globbing <c>source "a/*/Kconfig"</c> and <c>gsource</c>.
/// Providers without it have patterns treated as plain paths.
/// </summary>
public interface IKconfigGlobProvider
{
    /// <summary>
    /// The paths matching <paramref name="pattern"/> (normalized, <c>/</c>-separated; <c>*</c> and
    /// <c>?</c> do not cross <c>/</c>; <c>[abc]</c> and <c>[a-z]</c> are character classes), in the
    /// same form <see cref="IKconfigFileProvider.TryReadFile"/> accepts. The parser sorts them.
    /// </summary>
    IReadOnlyList<string> Glob(string pattern);
}

using System.Collections.Generic;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Kconfig.IO;

/// <summary>
/// Everything that decides a resolved configuration, in the core's terms: a front end (the generator
/// from AdditionalFiles and build properties, the CLI from the file system and its command line)
/// fills this and calls <see cref="KconfigLoader.Load"/>.
/// </summary>
public sealed class KconfigInputs
{
    /// <summary>Serves every file the tree and the values files name.</summary>
    public required IKconfigFileProvider Files { get; init; }

    /// <summary>The Kconfig roots, as the tree names them, parsed in order into one model.</summary>
    public required IReadOnlyList<string> Roots { get; init; }

    /// <summary>Dialect, macros (also the <c>option env</c> environment), shell results and runner, limits.</summary>
    public KconfigParseOptions ParseOptions { get; init; } = KconfigParseOptions.Default;

    /// <summary>Values files (<c>.config</c>, <c>.mak</c>, defconfig), as the tree names them, applied in order.</summary>
    public IReadOnlyList<string> ValuesFiles { get; init; } = [];

    /// <summary><c>[CONFIG_]NAME=VALUE</c> defines, applied after every values file.</summary>
    public IReadOnlyList<string> Defines { get; init; } = [];

    /// <summary>Where the defines came from, for their diagnostics (<c>KconfigDefines</c>, <c>command line</c>).</summary>
    public string DefinesOrigin { get; init; } = "KconfigDefines";

    /// <summary>defconfig, allnoconfig or allyesconfig.</summary>
    public ResolveMode Mode { get; init; } = ResolveMode.Defconfig;
}

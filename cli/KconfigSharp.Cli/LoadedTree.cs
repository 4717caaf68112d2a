using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Cli;

/// <summary>
/// A parsed and resolved tree with what the commands report about it: the user values in the order
/// they were applied, the names given as defines (left out of <c>--format mak</c>, as minikconf does),
/// and every diagnostic (parse, values files, resolution) in the order found.
/// </summary>
internal sealed record LoadedTree(
    FileSystemProvider Files,
    IReadOnlyList<string> Roots,
    KconfigModel Model,
    IReadOnlyList<ValueAssignment> Values,
    IReadOnlySet<string> DefineNames,
    ResolvedConfiguration Configuration,
    IReadOnlyList<KconfigDiagnostic> Diagnostics);

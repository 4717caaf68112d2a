using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.IO;

/// <summary>What <see cref="KconfigLoader.Load"/> read and resolved.</summary>
/// <param name="Model">The parsed tree.</param>
/// <param name="Values">The user values in the order applied (values files, then defines).</param>
/// <param name="DefineNames">The symbols given as defines (no <c>CONFIG_</c>).</param>
/// <param name="Configuration">The resolved configuration with the parse and resolution diagnostics.</param>
/// <param name="ValuesDiagnostics">Diagnostics of the values files and defines, in the order found.</param>
public sealed record KconfigLoad(
    KconfigModel Model,
    IReadOnlyList<ValueAssignment> Values,
    IReadOnlyCollection<string> DefineNames,
    ResolvedConfiguration Configuration,
    IReadOnlyList<KconfigDiagnostic> ValuesDiagnostics);

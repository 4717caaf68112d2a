using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A resolved <c>choice</c>: its mode (n, m or y), the selected member in y mode (null when none)
/// and its visibility. <see cref="Index"/> is the position in <see cref="KconfigModel.Choices"/>,
/// which identifies anonymous choices.
/// </summary>
public sealed record ResolvedChoice(int Index, string? Name, KconfigType Type, string Mode, string? Selection, string Visibility);

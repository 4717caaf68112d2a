namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// A resolver's verdict on one symbol: its value in <c>.config</c> spelling, visibility and origin;
/// the <c>kconfig</c> dialect adds <see cref="Details"/>.
/// </summary>
internal readonly record struct SymbolState(string Value, bool IsVisible, ValueOrigin Origin, KconfigSymbolDetails? Details = null);

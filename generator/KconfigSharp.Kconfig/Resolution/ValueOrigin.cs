using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Why a symbol has its value: the source kind, a short human description and the place.</summary>
public sealed record ValueOrigin(ValueSource Source, string Description, SourceLocation Location)
{
    /// <summary>No value was given: the symbol has its type's empty value.</summary>
    public static ValueOrigin Nothing { get; } = new(ValueSource.None, "no default applies", SourceLocation.None);
}

using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Why a symbol has its value: the source kind, a short human description and the place.</summary>
public sealed record ValueOrigin(ValueSource Source, string Description, SourceLocation Location)
{
    // A default's description prints its value and its whole condition (the definition's dependency
    // chain included), and most are never read: only why, the generator's docs and equality read
    // them. So it is written on first read, and the default is let go then.
    private DefaultProperty? _default;
    private string? _description = Description;

    private ValueOrigin(DefaultProperty def)
        : this(ValueSource.Default, null!, def.Location)
    {
        _default = def;
    }

    /// <summary>No value was given: the symbol has its type's empty value.</summary>
    public static ValueOrigin Nothing { get; } = new(ValueSource.None, "no default applies", SourceLocation.None);

    /// <summary>A short human description, e.g. <c>default y if A at Kconfig:3</c>.</summary>
    public string Description
    {
        get
        {
            if (_description is null)
            {
                var def = _default!;
                _description = $"default {KconfiglibText.Expr(def.Value)}{KconfiglibText.Condition(def.Condition)} at {def.Location}";
                _default = null;
            }

            return _description;
        }

        init => _description = value;
    }

    /// <summary>The value came from <paramref name="def"/>, the first active default.</summary>
    internal static ValueOrigin OfDefault(DefaultProperty def) => new(def);

    /// <summary>Equal source, description and place (the description is written if it was not yet).</summary>
    public bool Equals(ValueOrigin? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Source == other.Source && Location.Equals(other.Location) && Description == other.Description));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            return (((int)Source * 31) + Location.GetHashCode()) * 31 + Description.GetHashCode();
        }
    }
}

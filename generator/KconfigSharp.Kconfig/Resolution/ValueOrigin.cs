using System.Threading;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Why a symbol has its value: the source kind, a short human description and the place.</summary>
/// <remarks>
/// A resolver may leave the description to be written when it is first read (or when two origins are
/// compared): most are never read, and writing every one was a quarter of a QEMU resolve.
/// </remarks>
public sealed record ValueOrigin
{
    // The written description, or while it is pending the IValueOriginText that writes item _pendingItem.
    private object _description;
    private readonly int _pendingItem;

    /// <summary>An origin with its description written.</summary>
    public ValueOrigin(ValueSource source, string description, SourceLocation location)
    {
        Source = source;
        _description = description;
        Location = location;
    }

    internal ValueOrigin(ValueSource source, IValueOriginText pending, int pendingItem, SourceLocation location)
    {
        Source = source;
        _description = pending;
        _pendingItem = pendingItem;
        Location = location;
    }

    /// <summary>No value was given: the symbol has its type's empty value.</summary>
    public static ValueOrigin Nothing { get; } = new(ValueSource.None, "no default applies", SourceLocation.None);

    /// <summary>What kind of clause or input gave the value.</summary>
    public ValueSource Source { get; }

    /// <summary>A short human description of the origin, as <c>why</c> prints it.</summary>
    public string Description
    {
        get
        {
            var description = Volatile.Read(ref _description);
            if (description is string written)
            {
                return written;
            }

            // Writing is pure, so two threads racing here store equal texts.
            var text = ((IValueOriginText)description).Write(_pendingItem);
            Volatile.Write(ref _description, text);
            return text;
        }
    }

    /// <summary>The description is still to be written (it holds the resolver's clause, and through it the model).</summary>
    internal bool IsDescriptionPending => Volatile.Read(ref _description) is not string;

    /// <summary>Where the clause or value is written; <see cref="SourceLocation.None"/> when nowhere.</summary>
    public SourceLocation Location { get; }

    /// <summary>Equal when source, location and description are (a pending description is written first).</summary>
    public bool Equals(ValueOrigin? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Source == other.Source && Location.Equals(other.Location) && Description == other.Description));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        unchecked((((int)Source * 31) + Location.GetHashCode()) * 31 + System.StringComparer.Ordinal.GetHashCode(Description));
}

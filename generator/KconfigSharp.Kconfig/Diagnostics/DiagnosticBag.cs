using System.Collections.Generic;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<KconfigDiagnostic> _items = [];

    /// <summary>The diagnostics, in the order added.</summary>
    public IReadOnlyList<KconfigDiagnostic> Items => _items;

    /// <summary>Whether any error was added.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds <paramref name="diagnostic"/>.</summary>
    public void Add(KconfigDiagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == KconfigSeverity.Error;
    }

    /// <summary>Adds a diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public void Add(KconfigDiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Add(descriptor.Create(location, message));

    /// <summary>Adds every diagnostic of <paramref name="diagnostics"/>, in order.</summary>
    public void AddRange(IEnumerable<KconfigDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}

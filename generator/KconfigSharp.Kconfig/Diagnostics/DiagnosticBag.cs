using System.Collections.Generic;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<KconfigDiagnostic> _items = [];

    public IReadOnlyList<KconfigDiagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Add(KconfigDiagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == KconfigSeverity.Error;
    }

    public void Add(KconfigDiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Add(descriptor.Create(location, message));

    public void AddRange(IEnumerable<KconfigDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}

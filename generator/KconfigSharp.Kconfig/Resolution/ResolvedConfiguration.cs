using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The result of parsing and resolving a tree: every symbol (defined ones in definition order, then
/// referenced-but-undefined ones) and all diagnostics. Immutable and equatable, so the generator can
/// cache on it. <see cref="Choices"/> (the <c>kconfig</c> dialect) lists every choice in
/// <see cref="KconfigModel.Choices"/> order.
/// </summary>
public sealed record ResolvedConfiguration(
    KconfigDialect Dialect,
    string? MainMenuTitle,
    EquatableArray<ResolvedSymbol> Symbols,
    EquatableArray<KconfigDiagnostic> Diagnostics,
    EquatableArray<ResolvedChoice> Choices = default)
{
    /// <summary>The resolved symbol of that name, or null.</summary>
    public ResolvedSymbol? Find(string name)
    {
        foreach (var symbol in Symbols)
        {
            if (symbol.Name == name)
            {
                return symbol;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes every symbol's description now (a resolve leaves them to be written when first read) and
    /// returns this configuration, which then holds no reference to the parsed model. For a caller that
    /// keeps the result for long, such as the generator across compilations.
    /// </summary>
    public ResolvedConfiguration WithDescriptionsWritten()
    {
        foreach (var symbol in Symbols)
        {
            _ = symbol.DependsOn;
            _ = symbol.Origin?.Description;
        }

        return this;
    }

    /// <summary>True when a diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == KconfigSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

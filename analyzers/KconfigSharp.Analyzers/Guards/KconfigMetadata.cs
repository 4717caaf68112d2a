using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Guards;

/// <summary>Reads the metadata attributes the generator emits (by name, so it works across assemblies).</summary>
internal static class KconfigMetadata
{
    public const string SymbolAttribute = "KconfigSharp.KconfigSymbolAttribute";
    public const string ImpliedByAttribute = "KconfigSharp.KconfigImpliedByAttribute";

    /// <summary>The Kconfig symbol name of a generated member, or null.</summary>
    public static string? SymbolName(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == SymbolAttribute
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }
}

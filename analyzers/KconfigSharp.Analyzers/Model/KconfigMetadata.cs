using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>
/// Reads the metadata attributes the generator emits. They are matched by full name, not by type
/// identity: each assembly embeds its own copy (<c>[Embedded]</c>), so rules keep working across assemblies.
/// </summary>
internal static class KconfigMetadata
{
    public const string SymbolAttribute = "KconfigSharp.KconfigSymbolAttribute";
    public const string DependsOnAttribute = "KconfigSharp.KconfigDependsOnAttribute";
    public const string SelectedByAttribute = "KconfigSharp.KconfigSelectedByAttribute";
    public const string ImpliedByAttribute = "KconfigSharp.KconfigImpliedByAttribute";
    public const string ChoiceAttribute = "KconfigSharp.KconfigChoiceAttribute";

    /// <summary>On a generated class of a big tree: the metadata of all its members in one text (<see cref="FlagTable"/>).</summary>
    public const string TableAttribute = "KconfigSharp.KconfigTableAttribute";
    public const string RequiresAttribute = "KconfigSharp.RequiresKconfigAttribute";
    public const string GuardAttribute = "KconfigSharp.KconfigGuardAttribute";
    public const string TristateType = "KconfigSharp.Tristate";

    /// <summary>Whether <paramref name="attribute"/> is the attribute named <paramref name="fullName"/>.</summary>
    public static bool Is(AttributeData attribute, string fullName) => IsType(attribute.AttributeClass, fullName);

    /// <summary>Whether <paramref name="type"/> is the type named <paramref name="fullName"/> (in namespace KconfigSharp).</summary>
    public static bool IsType(INamedTypeSymbol? type, string fullName)
    {
        if (type is null || type.Name.Length + 13 != fullName.Length)
        {
            // Cheap length check first: this runs for every attribute of every member we look at.
            return false;
        }

        return type.ContainingNamespace is { Name: "KconfigSharp" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true }
            && string.CompareOrdinal(fullName, 13, type.Name, 0, type.Name.Length) == 0;
    }

    /// <summary>The Kconfig symbol name of a generated member, or null.</summary>
    public static string? SymbolName(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (Is(attribute, SymbolAttribute) && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The first string constructor argument of each attribute named <paramref name="fullName"/>, with the attribute.</summary>
    public static IEnumerable<(string? Text, AttributeData Attribute)> StringArguments(ISymbol symbol, string fullName) =>
        StringArguments(symbol.GetAttributes(), fullName);

    /// <summary>The first string constructor argument of each attribute named <paramref name="fullName"/>, with the attribute.</summary>
    public static IEnumerable<(string? Text, AttributeData Attribute)> StringArguments(IEnumerable<AttributeData> attributes, string fullName)
    {
        foreach (var attribute in attributes)
        {
            if (Is(attribute, fullName))
            {
                yield return (FirstStringArgument(attribute), attribute);
            }
        }
    }

    /// <summary>The attribute's first constructor argument when it is a string, else null.</summary>
    public static string? FirstStringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>Whether the type is the generated <c>KconfigSharp.Tristate</c>.</summary>
    public static bool IsTristate(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Tristate", TypeKind: TypeKind.Enum, ContainingNamespace: { Name: "KconfigSharp" } ns } && ns.ContainingNamespace.IsGlobalNamespace;
}

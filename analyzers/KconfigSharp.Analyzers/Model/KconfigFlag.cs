using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KconfigSharp.Analyzers.Model;

/// <summary>One generated flag member and the model relations its attributes carry.</summary>
internal sealed class KconfigFlag
{
    private IReadOnlyList<KconfigExpression>? _implierGuards;
    private KconfigExpression? _reference;
    private readonly System.Lazy<KconfigRelations> _relations;

    public KconfigFlag(ISymbol member, string name, KconfigExpression? dependsOn, IReadOnlyList<(string Symbol, KconfigExpression? Condition)> selectedBy, IReadOnlyList<(string Symbol, KconfigExpression? Condition)> impliedBy, string? choice = null, IReadOnlyList<UnreadableMetadata>? unreadable = null)
        : this(member, name, choice, new System.Lazy<KconfigRelations>(() => new KconfigRelations(dependsOn, selectedBy, impliedBy, unreadable ?? System.Array.Empty<UnreadableMetadata>())))
    {
        _ = _relations.Value;
    }

    /// <summary>
    /// A flag whose relations are parsed on first use (a big tree's table: 22,000 members, of which a build
    /// that reads no flag needs none), once, whichever thread asks first.
    /// </summary>
    public KconfigFlag(ISymbol member, string name, string? choice, System.Func<KconfigRelations> relations)
        : this(member, name, choice, new System.Lazy<KconfigRelations>(relations, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private KconfigFlag(ISymbol member, string name, string? choice, System.Lazy<KconfigRelations> relations)
    {
        Choice = choice;
        Member = member;
        Name = name;
        _relations = relations;
    }

    /// <summary>Whether the relations have been parsed (a table's flags parse them on first use).</summary>
    internal bool RelationsParsed => _relations.IsValueCreated;

    /// <summary>The generated field or property.</summary>
    public ISymbol Member { get; }

    /// <summary>The Kconfig name (no <c>CONFIG_</c>).</summary>
    public string Name { get; }

    /// <summary>The direct dependency, or null.</summary>
    public KconfigExpression? DependsOn => _relations.Value.DependsOn;

    /// <summary>Symbols that select this one, with their conditions.</summary>
    public IReadOnlyList<(string Symbol, KconfigExpression? Condition)> SelectedBy => _relations.Value.SelectedBy;

    /// <summary>Symbols that imply this one, with their conditions.</summary>
    public IReadOnlyList<(string Symbol, KconfigExpression? Condition)> ImpliedBy => _relations.Value.ImpliedBy;

    /// <summary>
    /// What a read must have established, one per implier: the implier and its condition (built once:
    /// every read of the flag asks, and an expression keeps its canonical text).
    /// </summary>
    public IReadOnlyList<KconfigExpression> ImplierGuards => _implierGuards ??= BuildImplierGuards();

    /// <summary>The expression a read of this flag stands for (<c>NAME</c>): one instance, so its canonical text is built once.</summary>
    public KconfigExpression Reference => _reference ??= KconfigExpression.Sym(Name);

    /// <summary>The bool choice this flag is a member of (at most one member is on), or null.</summary>
    public string? Choice { get; }

    /// <summary>
    /// Relations whose expression did not parse: left out of the model (which then knows less, never
    /// something false) and reported as KCONF000 on the member.
    /// </summary>
    public IReadOnlyList<UnreadableMetadata> Unreadable => _relations.Value.Unreadable;

    /// <summary>Whether the member is a tristate (compared against <c>Tristate.No</c> to test "on").</summary>
    public bool IsTristate => KconfigMetadata.IsTristate(Member switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, _ => null });

    /// <summary>Whether the member is a compile-time constant (the generator's <c>const</c> mode).</summary>
    public bool IsConst => Member is IFieldSymbol { IsConst: true };

    private IReadOnlyList<KconfigExpression> BuildImplierGuards()
    {
        var guards = new List<KconfigExpression>(ImpliedBy.Count);
        foreach (var (symbol, condition) in ImpliedBy)
        {
            guards.Add(condition is null ? KconfigExpression.Sym(symbol) : KconfigExpression.And(KconfigExpression.Sym(symbol), condition));
        }

        return guards;
    }

    /// <summary>Reads a flag from a member's attributes; null when the member is not a flag.</summary>
    public static KconfigFlag? TryCreate(ISymbol member)
    {
        if (member.Kind is not (SymbolKind.Field or SymbolKind.Property))
        {
            return null;
        }

        var name = KconfigMetadata.SymbolName(member);
        if (name is null)
        {
            return null;
        }

        KconfigExpression? depends = null;
        var selected = new List<(string, KconfigExpression?)>();
        var implied = new List<(string, KconfigExpression?)>();
        string? choice = null;
        List<UnreadableMetadata>? unreadable = null;
        KconfigExpression? Read(AttributeData attribute, string text)
        {
            var expression = KconfigExpressionReader.TryRead(text, out var error);
            if (expression is null)
            {
                (unreadable ??= new List<UnreadableMetadata>()).Add(new UnreadableMetadata(attribute.AttributeClass!.Name, text, error ?? "it does not parse"));
            }

            return expression;
        }

        foreach (var attribute in member.GetAttributes())
        {
            var args = attribute.ConstructorArguments;
            if (args.Length == 0 || args[0].Value is not string first)
            {
                continue;
            }

            if (KconfigMetadata.Is(attribute, KconfigMetadata.DependsOnAttribute))
            {
                var parsed = Read(attribute, first);
                if (parsed is not null)
                {
                    depends = depends is null ? parsed : KconfigExpression.And(depends, parsed);
                }
            }
            else if (KconfigMetadata.Is(attribute, KconfigMetadata.ChoiceAttribute))
            {
                choice = first;
            }
            else if (KconfigMetadata.Is(attribute, KconfigMetadata.SelectedByAttribute) || KconfigMetadata.Is(attribute, KconfigMetadata.ImpliedByAttribute))
            {
                KconfigExpression? condition = null;
                if (args.Length > 1 && args[1].Value is string c)
                {
                    condition = Read(attribute, c);
                    if (condition is null)
                    {
                        // An unreadable condition must not turn a conditional select into an unconditional one.
                        continue;
                    }
                }

                (KconfigMetadata.Is(attribute, KconfigMetadata.SelectedByAttribute) ? selected : implied).Add((first, condition));
            }
        }

        return new KconfigFlag(member, name, depends, selected, implied, choice, unreadable);
    }
}

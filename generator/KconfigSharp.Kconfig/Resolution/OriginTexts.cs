using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The <c>kconfig</c> dialect's pending origin descriptions: a resolve records what a description is written
/// from (the default that gave the value, or the symbol whose selects or implies did) and
/// <see cref="ValueOrigin.Description"/> writes it from that record when first read. A NuttX resolve wrote
/// ≈ 0.4 MB of these texts that nothing but <c>why</c> and the emitter's full docs read.
/// </summary>
internal sealed class OriginTexts : IValueOriginText
{
    private readonly List<Item> _items = [];

    // One builder for every description (the generator writes all of them, 22,000 for NuttX); descriptions may be
    // read on several threads, so writing one takes the builder as a lock.
    private readonly StringBuilder _builder = new();

    /// <summary>An origin whose description is <c>default VALUE [if COND] at FILE:LINE</c>.</summary>
    public ValueOrigin Default(DefaultProperty def) =>
        new(ValueSource.Default, this, Add(new Item(def, ValueSource.Default)), def.Location);

    /// <summary>An origin whose description is <c>selected by A, B</c> or <c>implied by A, B</c> (<paramref name="source"/>).</summary>
    public ValueOrigin Relation(ValueSource source, Symbol symbol)
    {
        var relations = Relations(source, symbol);
        return new ValueOrigin(source, this, Add(new Item(symbol, source)), relations.Count > 0 ? relations[0].Location : default);
    }

    string IValueOriginText.Write(int item)
    {
        lock (_builder)
        {
            var (subject, source) = _items[item];
            if (subject is DefaultProperty def)
            {
                return KconfiglibText.DefaultOrigin(_builder, def);
            }

            var text = _builder.Clear().Append(source == ValueSource.Select ? "selected by" : "implied by");
            var first = true;
            foreach (var relation in Relations(source, (Symbol)subject))
            {
                text.Append(first ? " " : ", ").Append(relation.Source.Name);
                first = false;
            }

            return text.ToString();
        }
    }

    private static ListView<RelationProperty> Relations(ValueSource source, Symbol symbol) =>
        source == ValueSource.Select ? symbol.SelectedByView : symbol.ImpliedByView;

    private int Add(Item item)
    {
        _items.Add(item);
        return _items.Count - 1;
    }

    private readonly record struct Item(object Subject, ValueSource Source);
}

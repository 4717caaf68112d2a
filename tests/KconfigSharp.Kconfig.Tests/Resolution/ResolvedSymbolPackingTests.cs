using CsCheck;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;
using KconfigSharp.Kconfig.Syntax;
using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Tests.Resolution;

/// <summary>
/// A resolved symbol packs its type, flags and n/m/y-like texts into one number and keeps rare facts
/// aside, and reads its prompt and help from the model until described: every fact still reads back
/// as given, through constructors and <c>with</c>, whatever the value.
/// </summary>
public sealed class ResolvedSymbolPackingTests
{
    private static readonly string[] Texts = ["", "n", "m", "y", "nm", "ny", "my", "nmy", "yn", "x", "mm"];

    private static readonly Gen<string> Text = Gen.OneOf(Gen.Int[0, Texts.Length - 1].Select(i => Texts[i]), Gen.String[Gen.Char["nmyx"], 0, 4]);

    private static readonly Gen<KconfigType> Type = Gen.OneOf(
        Gen.Enum<KconfigType>(),
        Gen.Int[-3, 1000].Select(i => (KconfigType)i));

    private static readonly Gen<string?> Optional = Gen.Select(Gen.Bool, Gen.String[0, 6], (none, text) => none ? null : (string?)text);

    private sealed record Facts(
        KconfigType Type, bool IsDefined, bool IsVisible, bool IsWritten,
        string Visibility, string DirectDependencyValue, string Assignable, string? UserValue, string? UserValueNote, string Value = "v");

    private static readonly Gen<Facts> AnyFacts =
        Gen.Select(Type, Gen.Bool, Gen.Bool, Gen.Bool, Text, Text, Text)
            .SelectMany(t => Gen.Select(Optional, Optional, Gen.String[0, 4], (user, note, value) =>
                new Facts(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, user, note, value)));

    private static ResolvedSymbol Build(Facts facts) => new(
        "S", facts.Type, facts.Value, facts.IsDefined, facts.IsVisible, "prompt", "help",
        EquatableArray<SourceLocation>.Empty, null,
        EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty,
        EquatableArray<ResolvedRelation>.Empty, EquatableArray<ResolvedRelation>.Empty,
        null, ValueOrigin.Nothing, facts.IsWritten, facts.Visibility, facts.DirectDependencyValue, facts.Assignable,
        facts.UserValue, facts.UserValueNote);

    private static Facts Read(ResolvedSymbol symbol) => new(
        symbol.Type, symbol.IsDefined, symbol.IsVisible, symbol.IsWritten,
        symbol.Visibility, symbol.DirectDependencyValue, symbol.Assignable, symbol.UserValue, symbol.UserValueNote, symbol.Value);

    [Fact]
    public void Every_fact_reads_back_as_constructed()
    {
        AnyFacts.Sample(facts => Assert.Equal(facts, Read(Build(facts))));
    }

    [Fact]
    public void With_changes_one_fact_and_keeps_the_others()
    {
        Gen.Select(AnyFacts, AnyFacts).Sample((before, after) =>
        {
            var symbol = Build(before);
            var copies = new (ResolvedSymbol Copy, Facts Expected)[]
            {
                (symbol with { Type = after.Type }, before with { Type = after.Type }),
                (symbol with { IsDefined = after.IsDefined }, before with { IsDefined = after.IsDefined }),
                (symbol with { IsVisible = after.IsVisible }, before with { IsVisible = after.IsVisible }),
                (symbol with { IsWritten = after.IsWritten }, before with { IsWritten = after.IsWritten }),
                (symbol with { Visibility = after.Visibility }, before with { Visibility = after.Visibility }),
                (symbol with { DirectDependencyValue = after.DirectDependencyValue }, before with { DirectDependencyValue = after.DirectDependencyValue }),
                (symbol with { Assignable = after.Assignable }, before with { Assignable = after.Assignable }),
                (symbol with { UserValue = after.UserValue }, before with { UserValue = after.UserValue }),
                (symbol with { UserValueNote = after.UserValueNote }, before with { UserValueNote = after.UserValueNote }),
                (symbol with { Value = after.Value }, before with { Value = after.Value }),
                // A value set before the rare facts that then take it along, and after them.
                (symbol with { Value = after.Value, UserValue = after.UserValue, Type = after.Type }, before with { Value = after.Value, UserValue = after.UserValue, Type = after.Type }),
                (symbol with { UserValueNote = after.UserValueNote, Visibility = after.Visibility, Value = after.Value }, before with { UserValueNote = after.UserValueNote, Visibility = after.Visibility, Value = after.Value }),
            };
            foreach (var (copy, expected) in copies)
            {
                Assert.Equal(expected, Read(copy));
                Assert.Equal(expected == before, copy == symbol);
                Assert.Equal("prompt", copy.Prompt);
            }

            // The original is untouched by its copies.
            Assert.Equal(before, Read(symbol));
        });
    }

    private const string Tree =
        "config FIRST\n\tbool\n\tdefault y\n\n" +
        "config FIRST\n\tbool \"First, second definition\"\n\thelp\n\t  First's help.\n\n" +
        "config NO_HELP\n\tint \"No help\"\n\tdefault 3\n\n" +
        "config HIDDEN\n\tstring\n";

    [Fact]
    public void Prompt_and_help_read_before_the_description_equal_those_after()
    {
        var pending = KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []);
        var read = pending.Symbols.Select(s => (s.Name, s.Prompt, s.Help)).ToList();
        var written = KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []).WithDescriptionsWritten();

        Assert.Equal(written.Symbols.Select(s => (s.Name, s.Prompt, s.Help)), read);
        Assert.Contains(("FIRST", (string?)"First, second definition", (string?)"First's help."), read);
        Assert.Contains(("NO_HELP", (string?)"No help", (string?)null), read);
        Assert.Contains(("HIDDEN", (string?)null, (string?)null), read);
        Assert.Equal(pending, written);
    }

    [Fact]
    public void A_pending_symbol_reads_its_name_from_the_model_and_keeps_it_once_described_or_renamed()
    {
        var configuration = KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []);
        var names = configuration.Symbols.Select(s => s.Name).ToList();
        var renamed = configuration.Symbols.Select(s => s with { Name = s.Name + "_COPY" }).ToList();

        Assert.Equal(["FIRST", "NO_HELP", "HIDDEN"], names);
        Assert.Equal(names.Select(n => n + "_COPY"), renamed.Select(s => s.Name));
        Assert.Equal(configuration.Symbols.Select(s => (s.Prompt, s.DependsOn, s.Value)), renamed.Select(s => (s.Prompt, s.DependsOn, s.Value)));
        Assert.Equal(names, configuration.WithDescriptionsWritten().Symbols.Select(s => s.Name));
        Assert.Equal(names, configuration.Symbols.Select(s => s.Name));
    }

    [Fact]
    public void Prompts_read_while_other_threads_describe_stay_the_same()
    {
        var expected = KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []).Symbols.Select(s => (s.Name, s.Prompt, s.Help, s.DependsOn)).ToList();
        for (var round = 0; round < 50; round++)
        {
            var configuration = KconfigEngine.Resolve(KconfigParser.ParseText(Tree), []);
            var seen = new (string, string?, string?, string?)[4][];
            Parallel.For(0, 4, worker =>
            {
                // Half the workers describe first, half read the prompt first.
                seen[worker] = configuration.Symbols
                    .Select(s => worker % 2 == 0 ? (s.Name, s.Prompt, s.Help, s.DependsOn) : Reversed(s))
                    .ToArray();
            });
            foreach (var texts in seen)
            {
                Assert.Equal(expected, texts);
            }
        }

        static (string, string?, string?, string?) Reversed(ResolvedSymbol s)
        {
            var dependsOn = s.DependsOn;
            return (s.Name, s.Prompt, s.Help, dependsOn);
        }
    }

    [Fact]
    public void Names_read_while_another_thread_describes_the_same_symbol_stay_the_same()
    {
        // The name is read from the model's symbol until the description is written, then from the record:
        // a reader that looked at the field before the write and again after must still get the name.
        // One thread describes the symbols in turn while another reads the name of the one being described.
        var tree = string.Concat(Enumerable.Range(0, 2000).Select(i => $"config S{i}\n\tbool \"S{i}\"\n\tdepends on S{(i + 1) % 2000}\n\n"));
        var model = KconfigParser.ParseText(tree);
        for (var round = 0; round < 10; round++)
        {
            var symbols = KconfigEngine.Resolve(model, []).Symbols.ToArray();
            var current = 0;
            var done = false;
            Exception? failure = null;
            var reader = new Thread(() =>
            {
                try
                {
                    while (!Volatile.Read(ref done))
                    {
                        var index = Volatile.Read(ref current);
                        if (symbols[index].Name != "S" + index)
                        {
                            throw new InvalidOperationException($"S{index} read as {symbols[index].Name}");
                        }
                    }
                }
                catch (Exception exception)
                {
                    Volatile.Write(ref failure, exception);
                }
            });
            reader.Start();
            for (var i = 0; i < symbols.Length && Volatile.Read(ref failure) is null; i++)
            {
                Volatile.Write(ref current, i);
                Thread.SpinWait(20);
                _ = symbols[i].DependsOn;
            }

            Volatile.Write(ref done, true);
            reader.Join();
            Assert.Null(failure);
        }
    }
}

using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// The flag model of a big tree costs nothing until the analysis needs it (issue 13): a table's relations
/// are parsed on first use, and the generator's own table is not re-checked for KCONF000 (its texts
/// are printed by the core from parsed expressions), while a table someone wrote still is.
/// </summary>
public sealed class LazyFlagModelTests
{
    private const string GeneratorTreePath = "/obj/generated/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator/FeatureFlags.g.cs";

    // B depends on "A &&" (does not parse), C on A, D is selected by A if "(A" (does not parse).
    private const string Table = """
        namespace SampleApp
        {
            [global::KconfigSharp.KconfigTable("1P\n3\nA\n(A\nA &&\nA\nB\t\t2\nC\t\t0\nD\t\t\t\tA:1\n")]
            internal static partial class FeatureFlags
            {
                public const bool A = true;
                public const bool B = true;
                public const bool C = true;
                public const bool D = true;
            }
        }
        """;

    private static Compilation Compile(string tablePath) => FlagsCompilation.Of(Table, tablePath);

    [Theory]
    [InlineData(GeneratorTreePath)]
    [InlineData(@"C:\src\app\obj\Debug\generated\KconfigSharp.Generator\KconfigSharp.Generator.KconfigGenerator\FeatureFlags.g.cs")]
    public void The_generators_table_is_parsed_only_for_the_flags_asked_about(string path)
    {
        var model = FlagModel.For(Compile(path));

        Assert.Equal(["A", "B", "C", "D"], model.Flags.Select(f => f.Name).Order());
        Assert.All(model.Flags, flag => Assert.False(flag.RelationsParsed));
        Assert.Empty(model.FlagsWithUnreadableMetadata);
        Assert.All(model.Flags, flag => Assert.False(flag.RelationsParsed));

        Assert.Equal("A", model.Find("C")!.DependsOn!.ToString());
        Assert.Equal(["C"], model.Flags.Where(f => f.RelationsParsed).Select(f => f.Name));
    }

    [Theory]
    [InlineData("/src/FeatureFlags.cs")]
    [InlineData("/src/FeatureFlags.g.cs")]
    [InlineData("/src/NotKconfigSharp.Generator.KconfigGenerator/FeatureFlags.g.cs")]
    [InlineData("/obj/generated/KconfigSharp.Generator/KconfigSharp.Generator.KconfigGenerator/Other.g.cs")]
    public void A_table_written_elsewhere_is_checked_for_KCONF000(string path)
    {
        var model = FlagModel.For(Compile(path));

        var unreadable = model.FlagsWithUnreadableMetadata.Values.Select(f => f.Name).Order();

        Assert.Equal(["B", "D"], unreadable);
    }

    [Fact]
    public void The_relations_are_the_same_whether_parsed_early_or_late()
    {
        var lazy = FlagModel.For(Compile(GeneratorTreePath));
        var checkedFirst = FlagModel.For(Compile("/src/FeatureFlags.cs"));
        _ = checkedFirst.FlagsWithUnreadableMetadata;

        foreach (var name in new[] { "A", "B", "C", "D" })
        {
            var late = lazy.Find(name)!;
            var early = checkedFirst.Find(name)!;
            Assert.Equal(early.DependsOn?.ToString(), late.DependsOn?.ToString());
            Assert.Equal(early.SelectedBy.Select(r => (r.Symbol, r.Condition?.ToString())), late.SelectedBy.Select(r => (r.Symbol, r.Condition?.ToString())));
            Assert.Equal(early.Unreadable.Select(u => u.Text), late.Unreadable.Select(u => u.Text));
        }
    }
}

using KconfigSharp.Analyzers.Model;
using Xunit;

namespace KconfigSharp.Analyzers.Tests;

/// <summary>
/// A conditional select (<c>T</c> selected by <c>S</c> if <c>C</c>) in the model's closure: the selector's fact is
/// remembered once numbered, and a selector that had no number when a set was closed is looked up again once
/// some symbol was numbered since (a set cannot hold a fact that has no number).
/// </summary>
public sealed class ConditionalSelectTests
{
    private const string Flags = """
        namespace SampleApp
        {
            internal static partial class FeatureFlags
            {
                [global::KconfigSharp.KconfigSymbol("S")]
                public static readonly bool S = true;

                [global::KconfigSharp.KconfigSymbol("C")]
                public static readonly bool C = true;

                [global::KconfigSharp.KconfigSymbol("OTHER")]
                public static readonly bool Other = true;

                [global::KconfigSharp.KconfigSymbol("T")]
                [global::KconfigSharp.KconfigSelectedBy("S", "C")]
                public static readonly bool T = true;
            }
        }
        """;

    private static FlagModel Model() => FlagModel.For(FlagsCompilation.Of(Flags, "/src/FeatureFlags.cs"));

    private static KconfigExpression Read(string text) => KconfigExpressionReader.TryRead(text, out _)!;

    [Fact]
    public void A_selector_numbered_after_an_earlier_closure_still_selects()
    {
        var model = Model();

        // Closed while S has no number: the select cannot apply, and T is not established.
        var other = FactSet.Empty.With(Read("OTHER"), model);
        Assert.False(other.Establishes(Read("T")));

        // S and C numbered now: the same model must apply the select.
        var both = other.With(Read("S && C"), model);
        Assert.True(both.Establishes(Read("T")));
        Assert.True(FactSet.Empty.With(Read("C && S"), model).Establishes(Read("T")));
    }

    [Fact]
    public void A_conditional_select_needs_its_condition()
    {
        var model = Model();

        Assert.False(FactSet.Empty.With(Read("S"), model).Establishes(Read("T")));
        Assert.False(FactSet.Empty.With(Read("C"), model).Establishes(Read("T")));
        Assert.True(FactSet.Empty.With(Read("S"), model).With(Read("C"), model).Establishes(Read("T")));
    }
}

using System.Text;
using CsCheck;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// Programs in the subset where LKC and minikconf mean the same thing: only <c>bool</c> symbols
/// without prompts (minikconf has none), at most one <c>default y [if COND]</c> each, <c>depends on</c>,
/// and <c>select</c>. To stay where the two coincide: every expression only names earlier symbols
/// (no cycles, no order dependence), expressions are plain <c>&amp;&amp;</c> or plain <c>||</c> chains
/// of possibly negated symbols (the dialects differ in <c>&amp;&amp;</c>/<c>||</c> precedence), and a
/// symbol that is selected has no <c>depends on</c> (LKC forces it on with a warning, minikconf
/// reports a contradiction).
/// </summary>
internal static class BoolSubsetGen
{
    public const int Count = 7;

    private static Gen<string> Condition(int below) =>
        Gen.Select(Gen.Int[0, below - 1].Array[1, 3], Gen.Bool.Array[3], Gen.Bool, (indexes, negations, or) =>
            string.Join(or ? " || " : " && ", indexes.Select((x, k) => (negations[k] ? "!" : string.Empty) + "X" + x)));

    public static Gen<string> Program { get; } =
        Gen.Select(Gen.Int[0, 3].Array[Count], Gen.Int[0, Count].Array[Count], Gen.Bool.Array[Count], (defaults, selects, selectable) => (defaults, selects, selectable))
        .SelectMany(t =>
        {
            // Conditions for symbol i only name X0..X(i-1); X0 gets none.
            var conditions = Enumerable.Range(0, Count).Select(i => i == 0 ? Gen.Const(string.Empty) : Condition(i)).ToArray();
            return Gen.Select(conditions[1], conditions[2], conditions[3], conditions[4], conditions[5], conditions[6], Gen.Select(conditions[1], conditions[2], conditions[3], conditions[4], conditions[5], conditions[6], (a, b, c, d, e, f) => new[] { string.Empty, a, b, c, d, e, f }),
                (a, b, c, d, e, f, deps) => Render(t.defaults, t.selects, t.selectable, [string.Empty, a, b, c, d, e, f], deps));
        });

    private static string Render(int[] defaults, int[] selects, bool[] selectable, string[] defaultConditions, string[] dependencies)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            sb.Append($"config X{i}\n\tbool\n");
            switch (defaults[i])
            {
                case 1:
                    sb.Append("\tdefault y\n");
                    break;
                case 2 when i > 0:
                    sb.Append($"\tdefault y if {defaultConditions[i]}\n");
                    break;
            }

            if (!selectable[i] && i > 0 && defaults[i] != 3)
            {
                sb.Append($"\tdepends on {dependencies[i]}\n");
            }

            // Select only later symbols that are selectable (no depends on).
            var target = selects[i];
            if (target > i && target < Count && selectable[target])
            {
                sb.Append($"\tselect X{target}\n");
            }
        }

        return sb.ToString();
    }
}

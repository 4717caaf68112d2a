using System.Text;
using CsCheck;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// Random valid Kconfig programs from the grammar: configs of every type with prompts, defaults,
/// <c>depends on</c>, <c>select</c>, <c>imply</c>, ranges and help, inside menus, ifs, choices and
/// comments. Symbol names encode their type so redefinitions stay consistent:
/// B* bool, T* tristate, I* int, H* hex, S* string; choice members are C&lt;n&gt; (fresh per choice).
/// </summary>
internal static class KconfigProgramGen
{
    private static readonly string[] Bools = ["B0", "B1", "B2", "B3"];
    private static readonly string[] Tristates = ["T0", "T1"];
    private static readonly string[] Names = [.. Bools, .. Tristates, "I0", "H0", "S0"];

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghij "], 1, 8].Select(s => "p" + s.TrimEnd());

    public static Gen<string> Expression(int depth)
    {
        var atom = Gen.OneOf(
            Gen.OneOf([.. Bools, .. Tristates, "y", "n", "m"]),
            Gen.Int[0, 20].Select(i => "I0 = " + i),
            Gen.OneOf("S0 != \"x\"", "H0 >= 0x10", "B0 = n"));
        if (depth <= 0)
        {
            return atom;
        }

        var sub = Expression(depth - 1);
        return Gen.Frequency(
            (4, atom),
            (1, sub.Select(e => "!" + Wrap(e))),
            (2, Gen.Select(sub, sub, (a, b) => a + " && " + b)),
            (2, Gen.Select(sub, sub, (a, b) => a + " || " + b)),
            (1, sub.Select(e => "(" + e + ")")));
    }

    private static string Wrap(string e) => e.Contains(' ') ? "(" + e + ")" : e;

    private static Gen<string> OptionalIf => Gen.Frequency((2, Gen.Const(string.Empty)), (1, Expression(2).Select(e => " if " + e)));

    private static Gen<string> Config(string name) =>
        Gen.Select(
            Gen.Bool, Word, OptionalIf, Gen.Int[0, 4], Gen.Int[0, 8].Array[0, 5], Gen.Bool,
            (hasPrompt, prompt, promptIf, kind, attributes, help) => (hasPrompt, prompt, promptIf, attributes, help))
        .SelectMany(t => Gen.Select(OptionalIf.Array[t.attributes.Length], Expression(2).Array[t.attributes.Length], Gen.OneOf(Bools).Array[t.attributes.Length], (ifs, exprs, targets) =>
        {
            var type = TypeOf(name);
            var sb = new StringBuilder($"config {name}\n\t{type}");
            if (t.hasPrompt)
            {
                sb.Append($" \"{t.prompt}\"{t.promptIf}");
            }

            sb.Append('\n');
            for (var i = 0; i < t.attributes.Length; i++)
            {
                sb.Append(t.attributes[i] switch
                {
                    0 or 1 => $"\tdefault {DefaultValue(type, exprs[i], i)}{ifs[i]}\n",
                    2 or 3 => $"\tdepends on {exprs[i]}\n",
                    4 when type is "bool" or "tristate" => $"\tselect {targets[i]}{ifs[i]}\n",
                    5 when type is "bool" or "tristate" => $"\timply {targets[i]}{ifs[i]}\n",
                    6 when type is "int" => $"\trange {i} {i + 10}{ifs[i]}\n",
                    6 when type is "hex" => $"\trange 0x{i} 0x{i + 16:x}{ifs[i]}\n",
                    _ => string.Empty,
                });
            }

            if (t.help)
            {
                sb.Append("\thelp\n\t  Help for ").Append(name).Append(".\n\n\t  Second paragraph.\n");
            }

            return sb.ToString();
        }));

    private static string TypeOf(string name) => name[0] switch
    {
        'B' or 'C' => "bool",
        'T' => "tristate",
        'I' => "int",
        'H' => "hex",
        _ => "string",
    };

    private static string DefaultValue(string type, string expression, int i) => type switch
    {
        "int" => (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "hex" => "0x" + (i * 7).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        "string" => $"\"v{i}\"",
        _ => expression,
    };

    /// <summary>A block of entries; <paramref name="depth"/> bounds menu/if nesting.</summary>
    private static Gen<string> Entries(int depth)
    {
        var config = Gen.OneOf(Names).SelectMany(Config);
        var comment = Word.Select(w => $"comment \"{w}\"\n");
        var choice = Gen.Select(Word, Gen.Int[1, 3], Gen.Bool, Gen.Bool, (prompt, members, optional, withDefault) => (prompt, members, optional, withDefault));
        var entry = depth <= 0
            ? Gen.Frequency((6, config), (1, comment), (1, choice.Select(c => "\u0001" + c.prompt + "\u0001" + c.members + (c.optional ? "o" : "-") + (c.withDefault ? "d" : "-"))))
            : Gen.Frequency(
                (6, config),
                (1, comment),
                (1, choice.Select(c => "\u0001" + c.prompt + "\u0001" + c.members + (c.optional ? "o" : "-") + (c.withDefault ? "d" : "-"))),
                (1, Gen.Select(Word, OptionalDepends, Gen.Int[0, 1].SelectMany(_ => Entries(depth - 1)), (w, d, body) => $"menu \"{w}\"\n{d}{body}endmenu\n")),
                (1, Gen.Select(Expression(2), Entries(depth - 1), (e, body) => $"if {e}\n{body}endif\n")));
        return entry.Array[0, 5].Select(string.Concat);
    }

    private static Gen<string> OptionalDepends => Gen.Frequency((2, Gen.Const(string.Empty)), (1, Expression(1).Select(e => $"\tdepends on {e}\n")));

    /// <summary>A whole program (choices get fresh member names when rendered).</summary>
    public static Gen<string> Program { get; } = Entries(3).Select(RenderChoices);

    private static string RenderChoices(string text)
    {
        var sb = new StringBuilder();
        var next = 0;
        var parts = text.Split('\u0001');
        sb.Append(parts[0]);
        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            var prompt = parts[i];
            var spec = parts[i + 1];
            var members = spec[0] - '0';
            sb.Append($"choice\n\tprompt \"{prompt}\"\n");
            if (spec[1] == 'o')
            {
                sb.Append("\toptional\n");
            }

            if (spec[2] == 'd')
            {
                sb.Append($"\tdefault C{next + members - 1}\n");
            }

            for (var m = 0; m < members; m++, next++)
            {
                sb.Append($"config C{next}\n\tbool \"m{next}\"\n");
            }

            sb.Append("endchoice\n").Append(spec.Substring(3));
        }

        return sb.ToString();
    }
}

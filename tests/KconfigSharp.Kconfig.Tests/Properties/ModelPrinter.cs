using System.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Tests.Properties;

/// <summary>
/// Prints a parsed model back to Kconfig (kconfig dialect), and describes a model canonically for
/// comparison. The printout is flat: <c>if</c> blocks are already dissolved by the parser and menus
/// are not kept, so each definition gets its whole propagated dependency as <c>depends on</c>; choices
/// keep their members inside. Only what reaches symbols is compared (types, prompts, defaults,
/// ranges, dependencies, selects, implies, help, choices).
/// </summary>
internal static class ModelPrinter
{
    public static string Print(KconfigModel model)
    {
        var sb = new StringBuilder();
        if (model.MainMenuTitle is { } title)
        {
            sb.Append("mainmenu \"").Append(Escape(title)).Append("\"\n");
        }

        PrintChildren(model.Root, sb);
        return sb.ToString();
    }

    private static void PrintChildren(MenuNode parent, StringBuilder sb)
    {
        foreach (var node in parent.Children)
        {
            switch (node.Kind)
            {
                case MenuNodeKind.Symbol:
                    PrintSymbolNode(node, node.Dependency, sb);
                    break;
                case MenuNodeKind.Choice:
                    PrintChoice(node, sb);
                    break;
                case MenuNodeKind.Menu:
                case MenuNodeKind.If:
                    PrintChildren(node, sb);
                    break;
            }
        }
    }

    private static void PrintSymbolNode(MenuNode node, Expr dependency, StringBuilder sb)
    {
        var symbol = node.Symbol!;
        sb.Append(node.IsMenuConfig ? "menuconfig " : "config ").Append(symbol.Name).Append('\n');
        sb.Append('\t').Append(TypeKeyword(symbol.Type));
        AppendPrompt(node, sb);
        AppendCommon(node, dependency, sb);
        foreach (var select in node.Selects)
        {
            sb.Append("\tselect ").Append(select.Target.Name).Append(If(select.WrittenCondition)).Append('\n');
        }

        foreach (var imply in node.Implies)
        {
            sb.Append("\timply ").Append(imply.Target.Name).Append(If(imply.WrittenCondition)).Append('\n');
        }

        foreach (var range in node.Ranges)
        {
            sb.Append("\trange ").Append(range.Low.Name).Append(' ').Append(range.High.Name).Append(If(range.WrittenCondition)).Append('\n');
        }

        if (node.Help is { } help)
        {
            sb.Append("\thelp\n");
            foreach (var line in help.TrimEnd('\n').Split('\n'))
            {
                sb.Append(line.Length == 0 ? string.Empty : "\t  " + line).Append('\n');
            }
        }
    }

    private static void PrintChoice(MenuNode node, StringBuilder sb)
    {
        var choice = node.Choice!;
        sb.Append("choice");
        if (choice.Name is { } name)
        {
            sb.Append(' ').Append(name);
        }

        sb.Append("\n\t").Append(TypeKeyword(choice.Type));
        AppendPrompt(node, sb);
        if (choice.IsOptional)
        {
            sb.Append("\toptional\n");
        }

        AppendCommon(node, node.Dependency, sb);
        foreach (var member in node.Children)
        {
            if (member.Kind == MenuNodeKind.Symbol)
            {
                PrintSymbolNode(member, member.OwnDependency, sb);
            }
        }

        sb.Append("endchoice\n");
    }

    private static void AppendPrompt(MenuNode node, StringBuilder sb)
    {
        if (node.Prompt is { } prompt)
        {
            sb.Append(" \"").Append(Escape(prompt.Text)).Append('"').Append(If(prompt.WrittenCondition));
        }

        sb.Append('\n');
    }

    private static void AppendCommon(MenuNode node, Expr dependency, StringBuilder sb)
    {
        foreach (var def in node.Defaults)
        {
            sb.Append("\tdefault ").Append(def.Value).Append(If(def.WrittenCondition)).Append('\n');
        }

        if (!dependency.IsConstant("y"))
        {
            sb.Append("\tdepends on ").Append(dependency).Append('\n');
        }
    }

    private static string If(Expr condition) => condition.IsConstant("y") ? string.Empty : " if " + condition;

    private static string TypeKeyword(KconfigType type) => type switch
    {
        KconfigType.Bool => "bool",
        KconfigType.Tristate => "tristate",
        KconfigType.Int => "int",
        KconfigType.Hex => "hex",
        KconfigType.String => "string",
        _ => "bool",
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    /// <summary>A canonical, line-per-fact description of what a model says about its symbols and choices.</summary>
    public static string Describe(KconfigModel model)
    {
        var sb = new StringBuilder();
        foreach (var symbol in model.DefinedSymbols)
        {
            sb.Append("symbol ").Append(symbol.Name).Append(' ').Append(symbol.Type).Append(" choice=").Append(symbol.Choice?.Name ?? (symbol.Choice is null ? "-" : "anon")).Append('\n');
            sb.Append("  dep ").Append(symbol.DirectDependency).Append('\n');
            sb.Append("  rev ").Append(symbol.ReverseDependency).Append('\n');
            sb.Append("  weak ").Append(symbol.WeakReverseDependency).Append('\n');
            foreach (var p in symbol.Prompts)
            {
                sb.Append("  prompt ").Append(p.Text).Append(" if ").Append(p.Condition).Append('\n');
            }

            foreach (var d in symbol.Defaults)
            {
                sb.Append("  default ").Append(d.Value).Append(" if ").Append(d.Condition).Append('\n');
            }

            foreach (var r in symbol.Ranges)
            {
                sb.Append("  range ").Append(r.Low.Name).Append(' ').Append(r.High.Name).Append(" if ").Append(r.Condition).Append('\n');
            }

            foreach (var s in symbol.Selects)
            {
                sb.Append("  select ").Append(s.Target.Name).Append(" if ").Append(s.Condition).Append('\n');
            }

            foreach (var s in symbol.Implies)
            {
                sb.Append("  imply ").Append(s.Target.Name).Append(" if ").Append(s.Condition).Append('\n');
            }

            foreach (var node in symbol.Nodes)
            {
                sb.Append("  help ").Append(node.Help ?? "-").Append('\n');
            }
        }

        foreach (var choice in model.Choices)
        {
            sb.Append("choice ").Append(choice.Name ?? "anon").Append(' ').Append(choice.Type).Append(choice.IsOptional ? " optional" : string.Empty).Append('\n');
            sb.Append("  dep ").Append(choice.DirectDependency).Append('\n');
            sb.Append("  members ").Append(string.Join(",", choice.Members.Select(m => m.Name))).Append('\n');
            foreach (var p in choice.Prompts)
            {
                sb.Append("  prompt ").Append(p.Text).Append(" if ").Append(p.Condition).Append('\n');
            }

            foreach (var d in choice.Defaults)
            {
                sb.Append("  default ").Append(d.Value).Append(" if ").Append(d.Condition).Append('\n');
            }
        }

        return sb.ToString();
    }
}

using System.Collections.Generic;
using System.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Prints expressions and definitions exactly as Kconfiglib does in its messages (<c>expr_str</c>,
/// <c>MenuNode.__str__</c>), so diagnostics such as the dependency-loop report read the same as the
/// reference tool's. Kconfiglib parenthesises every AND inside an OR and vice versa.
/// </summary>
internal static class KconfiglibText
{
    public static string Expr(Expr expr)
    {
        var builder = new StringBuilder();
        Write(builder, expr);
        return builder.ToString();
    }

    /// <summary>
    /// <c>default VALUE[ if COND] at FILE:LINE</c>, the origin of a value a default gave, written in
    /// one pass into <paramref name="builder"/> (cleared first; the resolver reuses one for every symbol).
    /// </summary>
    public static string DefaultOrigin(StringBuilder builder, DefaultProperty def)
    {
        builder.Clear().Append("default ");
        Write(builder, def.Value);
        if (!def.Condition.IsConstant("y"))
        {
            builder.Append(" if ");
            Write(builder, def.Condition);
        }

        builder.Append(" at ");
        var location = def.Location;
        if (location.IsInFile)
        {
            builder.Append(location.File).Append(':').Append(location.Line);
        }
        else
        {
            builder.Append(location.ToString());
        }

        return builder.ToString();
    }

    /// <summary><c>" if COND"</c>, or nothing when the condition is y.</summary>
    public static string Condition(Expr condition) => condition.IsConstant("y") ? string.Empty : " if " + Expr(condition);

    /// <summary>The top-level operands of an AND (or OR) chain, left to right (Kconfiglib <c>split_expr</c>).</summary>
    public static void Split(Expr expr, bool isAnd, List<Expr> result)
    {
        if (isAnd ? expr is AndExpr : expr is OrExpr)
        {
            result.AddRange(ExprChain.Operands(expr));
        }
        else
        {
            result.Add(expr);
        }
    }

    /// <summary><c>A=y, B=n</c> for the distinct non-constant symbols of an expression.</summary>
    public static string OperandValues(Expr expr, ISymbolValues values)
    {
        var seen = new HashSet<Symbol>();
        var text = new StringBuilder();
        AppendValues(expr, values, seen, text);
        return text.ToString();
    }

    // Leaves in the order a recursive walk would list them, without recursion (ExprLeaves).
    private static void AppendValues(Expr expr, ISymbolValues values, HashSet<Symbol> seen, StringBuilder text)
    {
        foreach (var leaf in ExprLeaves.Of(expr))
        {
            switch (leaf)
            {
                case SymbolExpr { Symbol: var symbol }:
                    Append(symbol, values, seen, text);
                    break;
                case ChoiceExpr choice:
                    text.Append(text.Length > 0 ? ", " : string.Empty).Append(choice).Append('=').Append(ExprEvaluator.ToText(values.ChoiceMode(choice.Choice)));
                    break;
                case ComparisonExpr comparison:
                    Append(comparison.Left, values, seen, text);
                    Append(comparison.Right, values, seen, text);
                    break;
            }
        }
    }

    private static void Append(Symbol symbol, ISymbolValues values, HashSet<Symbol> seen, StringBuilder text)
    {
        if (symbol.IsConstant || !seen.Add(symbol))
        {
            return;
        }

        var value = symbol.Type is KconfigType.Bool or KconfigType.Tristate
            ? ExprEvaluator.ToText(values.TriValue(symbol))
            : "\"" + values.StrValue(symbol) + "\"";
        text.Append(text.Length > 0 ? ", " : string.Empty).Append(symbol.Name).Append('=').Append(value);
    }

    /// <summary>One definition in Kconfig syntax with propagated dependencies (Kconfiglib <c>MenuNode.__str__</c>).</summary>
    public static string Node(MenuNode node)
    {
        var lines = new StringBuilder();
        var symbol = node.Symbol;
        var choice = node.Choice;
        if (symbol is not null)
        {
            lines.Append(node.IsMenuConfig ? "menuconfig " : "config ").Append(symbol.Name).Append('\n');
        }
        else
        {
            lines.Append(choice!.Name is null ? "choice" : "choice " + choice.Name).Append('\n');
        }

        var type = symbol?.Type ?? choice!.Type;
        if (type != KconfigType.Unknown)
        {
            lines.Append('\t').Append(type.ToKeyword()).Append('\n');
        }

        if (node.Prompt is { } prompt)
        {
            var condition = PropagatedPromptCondition(node, symbol is not null ? symbol.PromptsView : choice!.PromptsView) ?? prompt.Condition;
            lines.Append("\tprompt \"").Append(Escape(prompt.Text)).Append('"').Append(Condition(condition)).Append('\n');
        }

        if (symbol is not null)
        {
            if (symbol.IsAllNoConfigY)
            {
                lines.Append("\toption allnoconfig_y\n");
            }

            if (symbol.IsDefconfigList)
            {
                lines.Append("\toption defconfig_list\n");
            }

            if (symbol.EnvironmentVariable is { } environment)
            {
                lines.Append("\toption env=\"").Append(environment).Append("\"\n");
            }

            foreach (var range in node.RangesView)
            {
                lines.Append("\trange ").Append(Expr(new SymbolExpr(range.Low))).Append(' ').Append(Expr(new SymbolExpr(range.High))).Append(Condition(range.WrittenCondition)).Append('\n');
            }
        }

        foreach (var def in node.DefaultsView)
        {
            lines.Append("\tdefault ").Append(Expr(def.Value)).Append(Condition(def.WrittenCondition)).Append('\n');
        }

        if (choice is not null && choice.IsOptional)
        {
            lines.Append("\toptional\n");
        }

        foreach (var select in node.SelectsView)
        {
            lines.Append("\tselect ").Append(select.Target.Name).Append(Condition(select.WrittenCondition)).Append('\n');
        }

        foreach (var imply in node.ImpliesView)
        {
            lines.Append("\timply ").Append(imply.Target.Name).Append(Condition(imply.WrittenCondition)).Append('\n');
        }

        if (!node.Dependency.IsConstant("y"))
        {
            lines.Append("\tdepends on ").Append(Expr(node.Dependency)).Append('\n');
        }

        if (node.Help is { } help)
        {
            lines.Append("\thelp\n");
            foreach (var line in help.Split('\n'))
            {
                lines.Append("\t  ").Append(line).Append('\n');
            }
        }

        return lines.ToString();
    }

    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static Expr? PropagatedPromptCondition(MenuNode node, ListView<PromptProperty> prompts)
    {
        foreach (var prompt in prompts)
        {
            if (prompt.Location == node.Prompt!.Location)
            {
                return prompt.Condition;
            }
        }

        return null;
    }

    private static void Write(StringBuilder builder, Expr expr)
    {
        switch (expr)
        {
            case SymbolExpr { Symbol: var symbol }:
                symbol.WriteReference(builder);
                break;
            case ChoiceExpr choice:
                builder.Append(choice.Choice.Name is null ? "<choice>" : "<choice " + choice.Choice.Name + ">");
                break;
            case NotExpr not:
                if (not.Operand is SymbolExpr or ChoiceExpr)
                {
                    builder.Append('!');
                    Write(builder, not.Operand);
                }
                else
                {
                    builder.Append("!(");
                    Write(builder, not.Operand);
                    builder.Append(')');
                }

                break;
            case AndExpr or OrExpr:
                {
                    // The chain as a list (ExprChain): an AND inside an AND (an OR inside an OR) needs no parentheses.
                    var isAnd = expr is AndExpr;
                    var operands = ExprChain.Operands(expr);
                    for (var i = 0; i < operands.Count; i++)
                    {
                        builder.Append(i == 0 ? string.Empty : isAnd ? " && " : " || ");
                        WriteParenthesized(builder, operands[i], parenthesizeOr: isAnd);
                    }

                    break;
                }
            default:
                builder.Append(expr.ToString());
                break;
        }
    }

    private static void WriteParenthesized(StringBuilder builder, Expr expr, bool parenthesizeOr)
    {
        if ((parenthesizeOr && expr is OrExpr) || (!parenthesizeOr && expr is AndExpr))
        {
            builder.Append('(');
            Write(builder, expr);
            builder.Append(')');
        }
        else
        {
            Write(builder, expr);
        }
    }
}

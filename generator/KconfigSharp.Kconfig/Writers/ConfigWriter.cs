using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Resolution;

namespace KconfigSharp.Kconfig.Writers;

/// <summary>
/// Writes a <c>.config</c> as LKC's <c>conf_write</c> and Kconfiglib's <c>write_config</c> do, without
/// a header: symbols in menu order, each once (<c>CONFIG_X=value</c>, <c># CONFIG_X is not set</c>,
/// strings quoted and escaped), only those that are visible or got a value from an active default,
/// imply or select; visible menus and comments as <c>\n#\n# Title\n#\n</c> blocks and
/// <c># end of Title</c> after a menu's last entry; <c>option env</c> symbols are never written. In the
/// qemu dialect, symbols that are referenced but not defined follow in a last block (minikconf's view).
/// </summary>
public static class ConfigWriter
{
    /// <summary>The <c>.config</c> text for <paramref name="configuration"/>, resolved from <paramref name="model"/>.</summary>
    public static string Write(KconfigModel model, ResolvedConfiguration configuration)
    {
        var values = new ResolvedConfigurationValues(model, configuration);
        var state = new WriterState(model, values);
        WriteChildren(model.Root, state);
        if (configuration.Dialect == KconfigDialect.Qemu)
        {
            WriteUndefinedSymbols(configuration, state.Output);
        }

        return state.Output.ToString();
    }

    /// <summary>
    /// minikconf gives a symbol that is only referenced (selected, implied, assigned) a value like any other,
    /// and its <c>.mak</c> output and the generated class carry it; LKC has no such symbols. In the qemu
    /// dialect they follow the menu tree, under a comment that says why they have no place in it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static void WriteUndefinedSymbols(ResolvedConfiguration configuration, StringBuilder output)
    {
        var headerWritten = false;
        foreach (var symbol in configuration.Symbols)
        {
            if (symbol.IsDefined || symbol.Type is not (KconfigType.Bool or KconfigType.Tristate))
            {
                continue;
            }

            if (!headerWritten)
            {
                output.Append("\n#\n# Referenced but defined in no Kconfig file (minikconf assigns them too)\n#\n");
                headerWritten = true;
            }

            if (symbol.Value == "n")
            {
                output.Append("# CONFIG_").Append(symbol.Name).Append(" is not set\n");
            }
            else
            {
                output.Append("CONFIG_").Append(symbol.Name).Append('=').Append(symbol.Value).Append('\n');
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void WriteChildren(MenuNode node, WriterState state)
    {
        foreach (var child in node.ChildrenView)
        {
            WriteNode(child, state);
            if (child.ChildrenView.Count > 0)
            {
                WriteChildren(child, state);

                // Leaving a visible menu closes it with an "end of" comment.
                if (child.Kind == MenuNodeKind.Menu && IsMenuShown(child, state.Values))
                {
                    state.Output.Append("# end of ").Append(child.Prompt?.Text).Append('\n');
                    state.AfterEndComment = true;
                }
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void WriteNode(MenuNode node, WriterState state)
    {
        if (node.Symbol is { } symbol)
        {
            if (!state.MarkWritten(symbol) || state.Values.Find(symbol) is not { IsWritten: true } resolved)
            {
                return;
            }

            if (state.AfterEndComment)
            {
                // A blank line separates the first symbol after an "end of" comment.
                state.AfterEndComment = false;
                state.Output.Append('\n');
            }

            AppendSymbol(state.Output, symbol, resolved);
            return;
        }

        var shown = node.Kind switch
        {
            MenuNodeKind.Menu => IsMenuShown(node, state.Values),
            MenuNodeKind.Comment => ExprEvaluator.Evaluate(node.Dependency, state.Values) != Tristate.No,
            _ => false,
        };
        if (shown)
        {
            state.Output.Append("\n#\n# ").Append(node.Prompt?.Text).Append("\n#\n");
            state.AfterEndComment = false;
        }
    }

    private static bool IsMenuShown(MenuNode menu, ISymbolValues values) =>
        ExprEvaluator.Evaluate(menu.Dependency, values) != Tristate.No
        && (menu.VisibleIf is null || ExprEvaluator.Evaluate(menu.VisibleIf, values) != Tristate.No);

    /// <summary>Appends the <c>.config</c> line of one symbol (Kconfiglib <c>config_string</c>); also used by <see cref="MinConfigWriter"/>.</summary>
    internal static void AppendSymbol(StringBuilder output, Symbol symbol, ResolvedSymbol resolved)
    {
        switch (symbol.Type)
        {
            case KconfigType.Bool or KconfigType.Tristate:
                if (resolved.Value == "n")
                {
                    output.Append("# CONFIG_").Append(symbol.Name).Append(" is not set\n");
                }
                else
                {
                    output.Append("CONFIG_").Append(symbol.Name).Append('=').Append(resolved.Value).Append('\n');
                }

                break;
            case KconfigType.String:
                output.Append("CONFIG_").Append(symbol.Name).Append("=\"").Append(KconfiglibText.Escape(resolved.Value)).Append("\"\n");
                break;
            case KconfigType.Int or KconfigType.Hex:
                output.Append("CONFIG_").Append(symbol.Name).Append('=').Append(resolved.Value).Append('\n');
                break;
        }
    }

    private sealed class WriterState(KconfigModel model, ResolvedConfigurationValues values)
    {
        // Written symbols by id (a symbol with several definitions is written at the first).
        private readonly bool[] _written = new bool[model.Symbols.Count];
        private readonly HashSet<Symbol> _writtenOthers = [];

        public ResolvedConfigurationValues Values { get; } = values;

        public StringBuilder Output { get; } = new();

        /// <summary>False when <paramref name="symbol"/> was written before.</summary>
        public bool MarkWritten(Symbol symbol)
        {
            if (!model.Owns(symbol))
            {
                return _writtenOthers.Add(symbol);
            }

            if (_written[symbol.Id])
            {
                return false;
            }

            _written[symbol.Id] = true;
            return true;
        }

        public bool AfterEndComment { get; set; }
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.Model;
using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Values;

namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// The public resolve API: applies user values (values files first, then defines; later wins) to a
/// parsed model with the model's dialect and returns an immutable, equatable <see cref="ResolvedConfiguration"/>.
/// </summary>
public static class KconfigEngine
{
    /// <summary>
    /// Resolves <paramref name="model"/> with <paramref name="values"/> (in order; a later value for
    /// the same symbol wins). The <c>kconfig</c> dialect follows LKC/Kconfiglib (KCONFIG.md §2) and
    /// also fills <see cref="ResolvedConfiguration.Choices"/> and the <c>.config</c>/<c>why</c> members
    /// of <see cref="ResolvedSymbol"/>; pass the parse macros as <see cref="ResolveOptions.Environment"/>
    /// so <c>option env</c> symbols get their values.
    /// </summary>
    public static ResolvedConfiguration Resolve(KconfigModel model, IReadOnlyList<ValueAssignment> values, ResolveOptions? options = null)
    {
        options ??= ResolveOptions.Default;
        try
        {
            return ResolveCore(model, values, options);
        }
        catch (System.InsufficientExecutionStackException)
        {
            // StackGuard: a dependency/select chain too deep to walk recursively (SPEC §8: a diagnostic, not a crash).
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(model.Diagnostics);
            var location = model.Files.Count > 0 ? new SourceLocation(model.Files[0], 1) : SourceLocation.None;
            diagnostics.Add(KconfigDiagnostics.LimitExceeded, location, "dependencies (depends on, select or imply chains) nested too deeply to resolve; nothing was resolved");
            return new ResolvedConfiguration(model.Dialect, model.MainMenuTitle, new List<ResolvedSymbol>().ToEquatableArray(), diagnostics.Items.ToEquatableArray());
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static ResolvedConfiguration ResolveCore(KconfigModel model, IReadOnlyList<ValueAssignment> values, ResolveOptions options)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(model.Diagnostics);
        var describer = new SymbolDescriber();
        if (model.Dialect == KconfigDialect.Qemu)
        {
            var extraSymbols = new Dictionary<string, Symbol>();
            var resolver = QemuResolver.Resolve(model, values, options.Mode, diagnostics, extraSymbols);
            // Every model symbol is a variable of the resolve (HasState), so the result is every defined symbol,
            // every undefined one and the values' extra symbols: counted first, the array is filled in place.
            var resolved = new ResolvedSymbol[model.Symbols.Count + extraSymbols.Count];
            var count = 0;
            foreach (var symbol in model.DefinedSymbols)
            {
                resolved[count++] = Describe(model, symbol, StateOf(resolver, symbol), describer);
            }

            foreach (var symbol in model.SymbolsById)
            {
                if (!symbol.IsDefined && (symbol.HasReferences || resolver.HasState(symbol)))
                {
                    resolved[count++] = Describe(model, symbol, StateOf(resolver, symbol), describer);
                }
            }

            foreach (var symbol in extraSymbols.Values)
            {
                resolved[count++] = Describe(model, symbol, StateOf(resolver, symbol), describer);
            }

            if (count < resolved.Length)
            {
                System.Array.Resize(ref resolved, count);
            }

            describer.AddPending(count);
            resolver.Release();
            return new ResolvedConfiguration(model.Dialect, model.MainMenuTitle, new EquatableArray<ResolvedSymbol>(resolved), diagnostics.Items.ToEquatableArray(), EquatableArray<ResolvedChoice>.Empty);
        }
        else
        {
            // Every symbol has a state here: each is described as soon as it is known, none is kept.
            var resolver = KconfigResolver.Start(model, values, options.Mode, diagnostics, options.Environment);

            // Defined symbols and then undefined ones are every symbol of the table: the result array is filled in place.
            var resolved = new ResolvedSymbol[model.Symbols.Count];
            var count = 0;
            foreach (var symbol in model.DefinedSymbols)
            {
                resolved[count++] = Describe(model, symbol, resolver.State(symbol), describer);
            }

            foreach (var symbol in model.SymbolsById)
            {
                if (!symbol.IsDefined)
                {
                    resolved[count++] = Describe(model, symbol, resolver.State(symbol), describer);
                }
            }

            var choices = resolver.Finish();
            resolver.Release();
            describer.AddPending(count);
            return new ResolvedConfiguration(model.Dialect, model.MainMenuTitle, new EquatableArray<ResolvedSymbol>(resolved), diagnostics.Items.ToEquatableArray(), new EquatableArray<ResolvedChoice>(choices));
        }
    }

    private static SymbolState StateOf(QemuResolver resolver, Symbol symbol) =>
        resolver.TryGetState(symbol, out var state) ? state : new SymbolState(EmptyValue(symbol.Type), false, ValueOrigin.Nothing);

    private static ResolvedSymbol Describe(KconfigModel model, Symbol symbol, in SymbolState state, SymbolDescriber describer)
    {
        var type = symbol.Type == KconfigType.Unknown && (model.Dialect == KconfigDialect.Qemu || !symbol.IsDefined) ? KconfigType.Bool : symbol.Type;

        // Where the symbol is defined, its dependency and relation texts and its choice are written when read;
        // its prompt and help are read from the model until then.
        return new ResolvedSymbol(
            symbol,
            describer,
            type,
            state.Value,
            state.IsVisible,
            state.Origin,
            // In the qemu dialect every defined symbol is assignable, so every one gets a .config line.
            state.Details?.IsWritten ?? (model.Dialect == KconfigDialect.Qemu && symbol.IsDefined),
            state.Details?.Visibility ?? (state.IsVisible ? "y" : "n"),
            state.Details?.DirectDependencyValue ?? "n",
            state.Details?.Assignable ?? string.Empty,
            state.Details?.UserValue,
            state.Details?.UserValueNote);
    }

    private static string EmptyValue(KconfigType type) => type is KconfigType.Bool or KconfigType.Tristate or KconfigType.Unknown ? "n" : string.Empty;
}

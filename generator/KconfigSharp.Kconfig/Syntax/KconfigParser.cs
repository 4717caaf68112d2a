using System.Collections.Generic;
using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// Entry point of the Kconfig front end: reads a tree through an <see cref="IKconfigFileProvider"/>,
/// parses every sourced file, and returns the finalized <see cref="KconfigModel"/>. Never throws on
/// bad input: every problem is a diagnostic on the model.
/// </summary>
public static class KconfigParser
{
    /// <summary>Parses the tree rooted at <paramref name="rootFile"/>.</summary>
    public static KconfigModel Parse(string rootFile, IKconfigFileProvider files, KconfigParseOptions? options = null) =>
        Parse([rootFile], files, options);

    /// <summary>Parses several roots into one model, in order (SPEC §3: every root feeds one model).</summary>
    public static KconfigModel Parse(IReadOnlyList<string> rootFiles, IKconfigFileProvider files, KconfigParseOptions? options = null) =>
        ParserSession.ForTree(files, options ?? KconfigParseOptions.Default).Run(rootFiles);

    /// <summary>Parses a single in-memory Kconfig text (tests and tools).</summary>
    public static KconfigModel ParseText(string text, string fileName = "Kconfig", KconfigParseOptions? options = null) =>
        Parse(fileName, new InMemoryFileProvider().Add(fileName, text), options);

    // Expressions read no file; one empty provider serves every call.
    private static readonly InMemoryFileProvider EmptyFiles = new();

    /// <summary>
    /// Parses one Kconfig expression written outside a Kconfig file (the generated metadata attributes,
    /// <c>[RequiresKconfig]</c>): the grammar of <c>depends on</c> (LKC dialect), with no macro expansion
    /// and no file access. Operands are fresh symbols of unknown type. Returns null and the first
    /// problem in <paramref name="error"/> when the text is not exactly one expression.
    /// </summary>
    public static Expr? ParseExpression(string? text, out string? error)
    {
        error = null;
        if (text is null || text.Trim().Length == 0)
        {
            error = "the expression is empty";
            return null;
        }

        // A session sized for one expression (callers parse one per attribute text).
        var session = new ParserSession(EmptyFiles, KconfigParseOptions.Default, wordCapacity: 64);
        var buffer = new KconfigFileBuffer();
        buffer.SetText(text);
        var lexer = new Lexer(buffer, "<expression>", session.Diagnostics, session.WordCache, macros: null);
        var expression = new FileParser(session, lexer, buffer, includeDepth: 0).ParseWholeExpression();
        buffer.Release();
        foreach (var diagnostic in session.Diagnostics.Items)
        {
            if (diagnostic.Severity == KconfigSeverity.Error)
            {
                error = diagnostic.Location.Column > 0 ? $"{diagnostic.Message} (at position {diagnostic.Location.Column})" : diagnostic.Message;
                return null;
            }
        }

        return expression;
    }
}

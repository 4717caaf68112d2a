using KconfigSharp.Kconfig.Diagnostics;
using KconfigSharp.Kconfig.IO;
using KconfigSharp.Kconfig.Syntax;

namespace KconfigSharp.Benchmarks.Infrastructure;

/// <summary>
/// The lexing floor of a parse: the parser's own <see cref="Lexer"/> over every file a parse reads (texts
/// preloaded), words interned as a parse interns them, help blocks skipped, and no model built: what reading the
/// tokens costs before a single symbol, node, property or expression exists. Macros are not expanded (a lower
/// bound: NuttX and QEMU have almost none outside <c>source</c> lines).
/// </summary>
internal static class LexFloor
{
    /// <summary>Tokens read (so the work cannot be dropped).</summary>
    public static long Run(CorpusTree tree)
    {
        var words = new WordTable();
        var buffer = new KconfigFileBuffer();
        var diagnostics = new DiagnosticBag();
        long tokens = 0;
        foreach (var path in tree.Files)
        {
            tree.Memory.TryReadFile(path, out var text);
            buffer.SetText(text);
            var lexer = new Lexer(buffer, path, diagnostics, words);
            var lineStart = true;
            for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
            {
                tokens++;
                // As the parser does: "help" first on a line, then its end, then the block is skipped as text.
                if (lineStart && token.Kind == TokenKind.Word && Keywords.IsHelp(token.Text))
                {
                    token = lexer.Next();
                    if (token.Kind == TokenKind.EndOfLine)
                    {
                        lexer.SkipHelpText();
                        continue;
                    }
                }

                lineStart = token.Kind == TokenKind.EndOfLine;
            }
        }

        words.Release();
        buffer.Release();
        return tokens;
    }
}

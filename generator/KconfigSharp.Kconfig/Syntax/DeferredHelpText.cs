using System;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// A kept help text not yet dedented: where its block lies in the file's text, which the provider held
/// as a string anyway (the generator's AdditionalFiles, tests, benchmarks). <see cref="Model.MenuNode.Help"/>
/// dedents it on first read (<see cref="HelpTextReader"/>, the reading the lexer does) and keeps the result,
/// so a parse whose help texts are never read pays 32 bytes per text instead of the text (NuttX ≈ 2 MB).
/// Until then the node keeps the file's string alive. Texts the parser decoded itself (the CLI's files)
/// are dedented at once, since keeping them would cost more than their help texts.
/// </summary>
internal sealed class DeferredHelpText(string source, int start, int end)
{
    [ThreadStatic]
    private static TextBuffer? t_scratch;

    /// <summary>The help text with the common indentation removed, as the lexer reads it.</summary>
    public string Dedent()
    {
        var scratch = t_scratch ??= new TextBuffer(capacity: 1024);
        HelpTextReader.Read(source.AsSpan(0, end), start, scratch, out _, out _);
        return scratch.Slice(HelpTextReader.TrimmedLength(scratch)).ToString();
    }
}

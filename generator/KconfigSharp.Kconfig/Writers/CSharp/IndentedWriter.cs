using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// A small writer that indents every line by the current depth (4 spaces per level). Lines are built
/// piece by piece into one chunked builder (<see cref="Start"/>, <see cref="Append(string)"/>, <see cref="End"/>),
/// so emitting a big tree's 22,000 members makes no intermediate strings, and the result is not copied
/// into one string (<see cref="ToText"/>).
/// </summary>
internal sealed class IndentedWriter(int expectedLength = 0)
{
    private readonly ChunkedTextBuilder _builder = new(expectedLength);
    private int _depth;

    /// <summary>The builder, for appending a line's pieces after <see cref="Start"/>.</summary>
    public ChunkedTextBuilder Builder => _builder;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line (its indentation); finish it with <see cref="End"/>.</summary>
    public ChunkedTextBuilder Start() => _builder.Append(' ', _depth * 4);

    /// <summary>Appends <paramref name="text"/> to the current line.</summary>
    public IndentedWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Ends the current line.</summary>
    public void End() => _builder.Append('\n');

    public IndentedWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter CloseBlock(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>The text written; the writer must not be used afterwards.</summary>
    public ChunkedText ToText() => _builder.ToText();
}

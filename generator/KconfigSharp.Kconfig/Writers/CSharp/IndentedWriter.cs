using System.Text;

namespace KconfigSharp.Kconfig.Writers.CSharp;

/// <summary>
/// A small writer that indents every line by the current depth (4 spaces per level). Lines are built
/// piece by piece into one builder (<see cref="Start"/>, <see cref="Append(string)"/>, <see cref="End"/>),
/// so emitting a big tree's 22,000 members makes no intermediate strings.
/// </summary>
internal sealed class IndentedWriter(int capacity = 16 * 1024)
{
    private readonly StringBuilder _builder = new(capacity);
    private int _depth;

    /// <summary>The builder, for appending a line's pieces after <see cref="Start"/>.</summary>
    public StringBuilder Builder => _builder;

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
    public StringBuilder Start() => _builder.Append(' ', _depth * 4);

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

    public override string ToString() => _builder.ToString();
}

using KconfigSharp.Kconfig.Text;
using KconfigSharp.Kconfig.Model;

namespace KconfigSharp.Kconfig.Syntax;

/// <summary>
/// One entry of the parser's explicit stack (<see cref="ParserSession"/>), which replaces recursion
/// so that neither 10,000-deep <c>source</c> chains nor nested blocks grow the call stack: either a
/// block being parsed (a file's top level, or a menu/if/choice body up to its end keyword), or a
/// file a <c>source</c> line named, read and checked only when the walk reaches it. A struct: the
/// stack holds frames in its array (NuttX pushes ≈ 7,000, which as objects were 0.7 MB a parse).
/// </summary>
internal readonly struct ParseFrame
{
    /// <summary>A block of <paramref name="parser"/>'s file, parsed into <paramref name="parent"/>.</summary>
    public ParseFrame(FileParser parser, MenuNode parent, string? endKeyword, Token opener, bool isFileBody)
    {
        Parser = parser;
        Parent = parent;
        EndKeyword = endKeyword;
        Opener = opener;
        IsFileBody = isFileBody;
        Path = string.Empty;
    }

    /// <summary>A file to source into <paramref name="parent"/>, named at <paramref name="sourcedFrom"/>.</summary>
    public ParseFrame(string path, MenuNode parent, SourceLocation sourcedFrom, bool optional, int includeDepth)
    {
        Path = path;
        Parent = parent;
        SourcedFrom = sourcedFrom;
        Optional = optional;
        IncludeDepth = includeDepth;
    }

    /// <summary>The parser of a block frame; null for a file not yet read.</summary>
    public FileParser? Parser { get; }

    /// <summary>The node the block's (or file's) entries become children of.</summary>
    public MenuNode Parent { get; }

    /// <summary>The keyword that ends the block (<c>endmenu</c>, ...); null for a file's top level.</summary>
    public string? EndKeyword { get; }

    /// <summary>The line that opened the block, for unbalanced-block messages.</summary>
    public Token Opener { get; }

    /// <summary>True for a file's top level: leaving it leaves the file (the include stack pops).</summary>
    public bool IsFileBody { get; }

    /// <summary>A file frame's path, as the tree names it.</summary>
    public string Path { get; }

    /// <summary>A file frame's <c>source</c> line.</summary>
    public SourceLocation SourcedFrom { get; }

    /// <summary>A file frame from <c>osource</c>: a missing file is no error.</summary>
    public bool Optional { get; }

    /// <summary>A file frame's depth in the <c>source</c> chain.</summary>
    public int IncludeDepth { get; }
}

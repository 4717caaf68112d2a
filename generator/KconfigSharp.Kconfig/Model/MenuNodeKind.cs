namespace KconfigSharp.Kconfig.Model;

/// <summary>What a node of the menu tree holds.</summary>
public enum MenuNodeKind
{
    Root,
    Symbol,
    Choice,
    Menu,
    Comment,

    /// <summary>An <c>if</c> block; removed (children hoisted) when the tree is finalized.</summary>
    If,
}

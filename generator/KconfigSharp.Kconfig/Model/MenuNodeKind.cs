namespace KconfigSharp.Kconfig.Model;

/// <summary>What a node of the menu tree holds.</summary>
public enum MenuNodeKind
{
    /// <summary>The top of the tree (<c>mainmenu</c>).</summary>
    Root,
    /// <summary>A <c>config</c> or <c>menuconfig</c> entry.</summary>
    Symbol,
    /// <summary>A <c>choice</c> block.</summary>
    Choice,
    /// <summary>A <c>menu</c> block.</summary>
    Menu,
    /// <summary>A <c>comment</c> entry.</summary>
    Comment,

    /// <summary>An <c>if</c> block; removed (children hoisted) when the tree is finalized.</summary>
    If,
}

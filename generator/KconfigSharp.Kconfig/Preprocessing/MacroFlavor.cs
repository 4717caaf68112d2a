namespace KconfigSharp.Kconfig.Preprocessing;

/// <summary>How a macro variable was assigned (LKC <c>enum variable_flavor</c>).</summary>
internal enum MacroFlavor
{
    /// <summary><c>VAR = value</c>: stored raw, expanded at every reference.</summary>
    Recursive,

    /// <summary><c>VAR := value</c>: expanded once, when assigned.</summary>
    Simple,

    /// <summary><c>VAR += value</c>: appended with a space, keeping the existing flavor.</summary>
    Append,
}

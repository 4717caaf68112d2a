namespace KconfigSharp.Kconfig.Preprocessing;

/// <summary>A variable assigned in a Kconfig file (<c>VAR = value</c>, <c>:=</c>, <c>+=</c>).</summary>
internal sealed class MacroVariable(string name, MacroFlavor flavor, string value)
{
    public string Name { get; } = name;

    /// <summary><see cref="MacroFlavor.Recursive"/> or <see cref="MacroFlavor.Simple"/>, never Append.</summary>
    public MacroFlavor Flavor { get; } = flavor;

    /// <summary>The raw text (recursive) or the expanded text (simple).</summary>
    public string Value { get; set; } = value;

    /// <summary>
    /// True for a simple (<c>:=</c>) variable whose value was expanded with a <c>$(shell,...)</c> that
    /// was not run (Linux's <c>cc-version := $(shell,...)</c>): a line using it is short of text too.
    /// </summary>
    public bool HoldsUnrunShell { get; set; }

    /// <summary>Set while the variable's value is being expanded, to catch self-reference.</summary>
    public bool IsExpanding { get; set; }
}

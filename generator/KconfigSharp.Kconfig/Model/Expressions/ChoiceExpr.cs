using System.Text;

namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// A choice used as a dependency: members of a choice depend on the choice itself, whose value is
/// its mode (as in LKC and Kconfiglib). Never written by users; created when the tree is finalized.
/// </summary>
public sealed class ChoiceExpr : Expr
{
    /// <summary>The value (mode) of <paramref name="choice"/>.</summary>
    public ChoiceExpr(Choice choice) => Choice = choice;

    /// <summary>The choice.</summary>
    public Choice Choice { get; }

    internal override bool MayChangeWithoutChoiceTerms => true;

    internal override int Precedence => 5;

    internal override void Write(StringBuilder builder) => builder.Append("<choice").Append(Choice.Name is null ? string.Empty : " " + Choice.Name).Append('>');
}

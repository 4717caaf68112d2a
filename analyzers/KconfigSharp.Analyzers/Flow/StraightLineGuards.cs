using System.Runtime.CompilerServices;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using KconfigSharp.Analyzers.Guards;
using KconfigSharp.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Analyzers.Flow;

/// <summary>
/// The guard analysis's fast path: proves from syntax that an executable part has nothing to report
/// (no KCONF001, KCONF002 or KCONF003), so it needs no operation tree and no control-flow graph. When it
/// cannot prove that, the part goes to the graph path (<see cref="GuardDataFlow"/>), which alone reports:
/// the fast path never reports anything, so it cannot add or change a diagnostic, only skip a part whose
/// graph analysis would report nothing.
/// </summary>
/// <remarks>
/// <para>
/// The proof walks the part with a state <c>F</c> at each node that is a lower bound of the graph path's
/// state there: the part's entry facts plus the conditions of the edges every path to the node takes
/// (the true edge of each enclosing <c>if</c>/<c>while</c>/<c>for</c>/<c>&amp;&amp;</c>/<c>?:</c>, the false edge
/// of an earlier <c>if (...) return;</c> in the same block, and their mirror images), each added the way
/// the data flow adds a branch condition. The data flow's state at a block is the meet of its incoming
/// edges' states, each at least <c>F</c> of its source plus that edge's condition, so by induction it is
/// at least <c>F</c>; <see cref="FactSet.Establishes"/> is monotone, so whatever <c>F</c> establishes the
/// graph path establishes too. A node where <c>F</c> does not establish what a use needs is not a proof.
/// </para>
/// <para>
/// Uses are found by the names <see cref="GuardGate"/> knows: a flag read spelled <c>Type.Name</c> is
/// resolved (<see cref="MemberResolver"/>); a use of an annotated name must find every requirement any
/// member of that name carries established. Conditions must translate exactly
/// (<see cref="SyntaxConditionTranslator"/>) and be satisfiable or name an unknown symbol. Anything whose
/// graph shape is not certain is refused: gotos and labels, a statement after one that may not complete
/// (the graph gives unreachable code the entry state), switch statements followed by code, loops on a
/// literal <c>true</c>, top-level programs and primary constructors, a syntax-only use the gate admits
/// (an attribute in a body, an element access of an annotated indexer, ...), nesting deeper than
/// <see cref="MaxDepth"/> (the graph path has its own limits and their KCONF000).
/// </para>
/// <para>
/// Where a part's own text decides what it may use, the walk passes over nodes whose text spells no scan word and
/// no <see cref="StructureMarks"/> (see <see cref="FileProof"/>'s <c>IsQuiet</c> for why that changes no answer).
/// </para>
/// </remarks>
internal sealed class StraightLineGuards
{
    /// <summary>Deepest syntax nesting below a part that the proof walks; deeper parts go to the graph path.</summary>
    public const int MaxDepth = 48;

    private readonly FlagModel _model;
    private readonly KconfigAnnotations _annotations;
    private readonly GuardGate _gate;
    private readonly bool _anyGlobalUsingStatic;
    private readonly ConcurrentDictionary<string, NamedRequirements> _requirementsByName = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ExpressionSyntax> _parsedTexts = new(System.StringComparer.Ordinal);
    private readonly ConcurrentStack<FileProof> _idle = new();
    private readonly SharedQualifiers _sharedQualifiers;
    private readonly string[]? _quietMarks;
    private readonly HashSet<string> _scanWords = new(System.StringComparer.Ordinal);

    /// <summary>
    /// What a node the proof passes over must not spell, besides the gate's scan words: what statements need below an
    /// expression (a lambda's or anonymous method's body, <c>=&gt;</c> or <c>{</c>), and what the graph's branches need
    /// (<c>&amp;&amp;</c>, <c>||</c>, <c>?:</c>, <c>??</c>, <c>?.</c>, a switch expression's <c>{</c>), so conditions too.
    /// </summary>
    private static readonly string[] StructureMarks = ["{", "?", "&", "|", "=>"];

    /// <param name="passOverQuietExpressions">
    /// Whether the proof passes over nodes whose text spells no scan word and no <see cref="StructureMarks"/> (a test
    /// seam: false walks every node, for the agreement tests).
    /// </param>
    public StraightLineGuards(
        Compilation compilation, FlagModel model, KconfigAnnotations annotations, GuardGate gate, bool anyGlobalUsingStatic, bool passOverQuietExpressions = true)
    {
        if (passOverQuietExpressions && gate.ScanWords is { } words)
        {
            _scanWords.UnionWith(words);
            _quietMarks = [.. words, .. StructureMarks];
        }

        _sharedQualifiers = new SharedQualifiers(compilation, anyGlobalUsingStatic);
        _anyGlobalUsingStatic = anyGlobalUsingStatic;
        _model = model;
        _annotations = annotations;
        _gate = gate;
    }

    /// <summary>
    /// The proofs of one file's parts, one after another (not thread-safe: one per file action; give it back
    /// with <see cref="Done"/>). Its scratch state (stacks, the declared-name set, the resolver's table) is
    /// reused part to part and file to file: allocating it per part cost a real build more in garbage
    /// collections than the proofs themselves (docs/performance.md).
    /// </summary>
    /// <param name="semanticModel">The file's semantic model.</param>
    /// <param name="quietText">
    /// The file's text when its parts' own texts decide what they may use (<see cref="GuardGate.ScanWords"/> apply and no
    /// bare flag read is possible, as for the analyzer's per-part scan); null otherwise (no expression is passed over).
    /// </param>
    /// <param name="cancellationToken">The analysis's cancellation.</param>
    [MethodImpl(HotPath.Optimized)]
    public FileProof ForFile(SemanticModel semanticModel, SourceText? quietText, CancellationToken cancellationToken)
    {
        if (!_idle.TryPop(out var proof))
        {
            proof = new FileProof(this, new MemberResolver(semanticModel, _parsedTexts, _sharedQualifiers, cancellationToken));
        }
        else
        {
            proof.StartFile(semanticModel, cancellationToken);
        }

        proof.QuietText = _quietMarks is null ? null : quietText;
        return proof;
    }

    /// <summary>Hands back a file's proof for another file's use (its stacks and sets keep their capacity).</summary>
    public void Done(FileProof proof) => _idle.Push(proof);

    /// <summary>Whether the tree imports a type's members with <c>using static</c> (computed once per file).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool TreeHasUsingStatic(SyntaxTree tree)
    {
        foreach (var directive in tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (directive is UsingDirectiveSyntax { StaticKeyword.RawKind: (int)SyntaxKind.StaticKeyword })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The node whose identifiers count as names the part declares: an accessor or expression body also sees its
    /// property's or indexer's parameters.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static SyntaxNode DeclaringScope(SyntaxNode part) => part switch
    {
        AccessorDeclarationSyntax { Parent.Parent: { } property } => property,
        ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } => property,
        _ => part,
    };

    /// <summary>Adds the names declared under <paramref name="node"/> to <paramref name="declared"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static void AddDeclaredNames(SyntaxNode node, HashSet<string> declared)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && IsDeclaredBy(token.Parent))
            {
                declared.Add(token.ValueText);
            }
        }
    }

    /// <summary>
    /// Whether an identifier token whose parent is <paramref name="parent"/> is a name the part declares: a declared
    /// identifier (variable, parameter, designation, local function, type parameter, label, query variable) or a
    /// member or attribute argument name, which either way is not resolved speculatively (every identifier but a name's).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsDeclaredBy(SyntaxNode? parent) => parent is not (IdentifierNameSyntax or GenericNameSyntax);

    /// <summary>The requirements of the annotated members named <paramref name="name"/>, by where they are declared.</summary>
    [MethodImpl(HotPath.Optimized)]
    private NamedRequirements RequirementsNamed(string name) =>
        _requirementsByName.TryGetValue(name, out var known) ? known : _requirementsByName.GetOrAdd(name, CollectRequirementsNamed);

    [MethodImpl(HotPath.Optimized)]
    private NamedRequirements CollectRequirementsNamed(string n)
    {
        var named = new NamedRequirements();
        foreach (var member in _gate.AnnotatedNamed(n))
        {
            if (_annotations.RequirementOf(member) is not { } requirement)
            {
                continue;
            }

            named.All.Add(requirement);
            if (member is ITypeSymbol or IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } || member.ContainingType is null)
            {
                // A type (or its constructor) is found by namespace lookup: anywhere.
                named.Anywhere.Add(requirement);
            }
            else
            {
                if (!named.ByType.TryGetValue(member.ContainingType.OriginalDefinition, out var list))
                {
                    named.ByType[member.ContainingType.OriginalDefinition] = list = new List<KconfigExpression>();
                }

                list.Add(requirement);
            }
        }

        return named;
    }

    /// <summary>
    /// What a use spelled by one annotated name may require: every such member's requirement (<see cref="All"/>),
    /// and the same split by declaring type, so a bare name in a type's body only answers for the
    /// members its lookup can find (a common name repeated on many types does not need them all).
    /// </summary>
    private sealed class NamedRequirements
    {
        public List<KconfigExpression> All { get; } = new();

        public List<KconfigExpression> Anywhere { get; } = new();

        public Dictionary<INamedTypeSymbol, List<KconfigExpression>> ByType { get; } = new(SymbolEqualityComparer.Default);
    }

    /// <summary>One file's proofs: each part's walk is an explicit stack of nodes with their states.</summary>
    internal sealed class FileProof
    {
        private readonly StraightLineGuards _owner;
        private readonly MemberResolver _resolver;
        private readonly HashSet<string> _declared = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _assumedUndeclared = new(System.StringComparer.Ordinal);
        private readonly List<SyntaxNode> _roots = new();
        private readonly List<(StatementSyntax Statement, FactSet State)> _statements = new();
        private readonly Stack<SyntaxNode> _signature = new();
        // Translations kept as two reference-typed tables (known ones by value, then the unknown): a table over the
        // Translation struct needed its own methods compiled at run time in every build (no ReadyToRun for analyzers).
        private readonly Dictionary<ExpressionSyntax, KconfigExpression?> _knownTranslations = new();
        private readonly HashSet<ExpressionSyntax> _unknownTranslations = new();
        private readonly Func<string, bool> _isDeclared;
        private bool _collecting;
        private readonly SyntaxConditionTranslator _conditions;
        private readonly Stack<(SyntaxNode Node, FactSet State, int Depth)> _pending = new();
        private readonly Stack<(ExpressionSyntax Condition, bool Polarity)> _assumptions = new();
        private readonly List<string> _symbols = new();
        private readonly List<int> _marks = new();
        private readonly List<SyntaxNode> _passedOver = new();
        private bool _passOverQuiet;
        private FactSet _entry = FactSet.Empty;
        private INamedTypeSymbol? _containingType;
        private bool? _fileHasUsingStatic;

        public FileProof(StraightLineGuards owner, MemberResolver resolver)
        {
            _owner = owner;
            _resolver = resolver;
            _isDeclared = IsDeclared;
            _conditions = new SyntaxConditionTranslator(owner._model, owner._annotations, owner._gate, resolver, _isDeclared);
        }

        private FlagModel Model => _owner._model;

        /// <summary>The file's text, when quiet expressions may be passed over (see <see cref="ForFile"/>).</summary>
        public SourceText? QuietText { get; set; }

        private GuardGate Gate => _owner._gate;

        public void StartFile(SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            _resolver.Reset(semanticModel, cancellationToken);
            _fileHasUsingStatic = null;
        }

        /// <summary>Whether <paramref name="part"/> (owned by <paramref name="owner"/>) certainly has nothing to report.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool ProvesNothingToReport(ExecutableCode.Part part, ISymbol owner)
        {
            if (Gate.AdmitsEverything || part.Kind is ExecutableCode.PartKind.Program or ExecutableCode.PartKind.PrimaryConstructor)
            {
                return false;
            }

            _entry = FactSet.Empty.With(_owner._annotations.ContextOf(owner), Model);
            _containingType = owner.ContainingType;
            _roots.Clear();
            part.AddExecutedTo(_roots);

            // One walk of the part's tokens: the names it declares (they hide members of the same name) are gathered
            // as the proof meets them, its signature's first, and every name the proof took as not declared is
            // checked against all of them at the end. Walking in source order, a name is almost always declared
            // before it is used; where the proof relied on a wrong answer it is walked again knowing every name,
            // so its answer is always the one the whole set gives.
            _declared.Clear();
            _assumedUndeclared.Clear();
            _passedOver.Clear();
            _marks.Clear();
            _passOverQuiet = QuietText is not null;
            if (QuietText is { } text)
            {
                SourceTextScan.AddPositions(text, part.Node.FullSpan, _owner._quietMarks!, _marks);
            }

            var scope = DeclaringScope(part.Node);
            if (_roots.Count != 1 || _roots[0] != scope)
            {
                AddSignatureNames(scope);
            }

            _collecting = true;
            var proved = Run();
            _collecting = false;
            if (_assumedUndeclared.Count == 0)
            {
                return proved;
            }

            if (!proved)
            {
                // The walk stopped early: the names past that point are still to be gathered.
                AddDeclaredNames(scope, _declared);
            }
            else
            {
                AddPassedOverNames();
            }

            foreach (var name in _assumedUndeclared)
            {
                if (_declared.Contains(name))
                {
                    return Run();
                }
            }

            return proved;
        }

        /// <summary>
        /// Adds the names declared in <paramref name="scope"/> outside the part's executed nodes (parameters, type
        /// parameters, the member's own name, other accessors): a few tokens, walked without DescendantTokens'
        /// iterators (their setup cost more than the walk on the benchmark's project).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void AddSignatureNames(SyntaxNode scope)
        {
            var pending = _signature;
            pending.Clear();
            pending.Push(scope);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                var declares = IsDeclaredBy(node);

                // Reversed: the forward ChildSyntaxList.Enumerator gained fields after Roslyn 4.8, so the runtime rejects
                // the ReadyToRun copy's code of a method that holds one; the reversed one is the same in both (the names
                // go to a set, so the order does not matter).
                foreach (var child in node.ChildNodesAndTokens().Reverse())
                {
                    if (child.AsNode() is { } childNode)
                    {
                        if (!_roots.Contains(childNode))
                        {
                            pending.Push(childNode);
                        }
                    }
                    else if (declares && child.IsKind(SyntaxKind.IdentifierToken))
                    {
                        _declared.Add(child.AsToken().ValueText);
                    }
                }
            }
        }

        /// <summary>Whether the part declares <paramref name="name"/>, as far as the walk has seen (a "no" is checked when it ends).</summary>
        [MethodImpl(HotPath.Optimized)]
        private bool IsDeclared(string name)
        {
            if (_declared.Contains(name))
            {
                return true;
            }

            if (_collecting)
            {
                _assumedUndeclared.Add(name);
            }

            return false;
        }

        /// <summary>
        /// Whether the file (or any file, through a global one) imports a type's members with <c>using static</c>:
        /// then a bare name may bind to members of a type outside the lookup this class follows.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool FileHasUsingStatic(SyntaxTree tree) => _owner._anyGlobalUsingStatic || (_fileHasUsingStatic ??= TreeHasUsingStatic(tree));

        [MethodImpl(HotPath.Optimized)]
        private bool Run()
        {
            // Everything is pushed in reverse, so nodes come off the stack in source order (declarations before uses).
            _pending.Clear();
            _knownTranslations.Clear();
            _unknownTranslations.Clear();
            for (var i = _roots.Count - 1; i >= 0; i--)
            {
                _pending.Push((_roots[i], _entry, 0));
            }

            while (_pending.Count > 0)
            {
                var (node, state, depth) = _pending.Pop();
                if (depth > MaxDepth)
                {
                    return false;
                }

                if (_passOverQuiet && MayPassOver(node) && IsQuiet(node))
                {
                    if (_collecting)
                    {
                        _passedOver.Add(node);
                    }

                    continue;
                }

                if (!Check(node, state) || !PushChildren(node, state, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the walk's check of <paramref name="expression"/> reads its parent: the name of <c>Qualifier.Name</c> is
        /// checked as a flag read when the qualifier spells a flag type (the scan word is in the parent's text, not the
        /// name's), and a member binding's name (<c>?.Name</c>) is refused.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool IsReadThroughParent(ExpressionSyntax expression) =>
            expression is MemberBindingExpressionSyntax || (expression is SimpleNameSyntax && expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression);

        /// <summary>
        /// The nodes the walk may pass over when quiet: expressions (but <see cref="IsReadThroughParent"/>), the parts of
        /// arguments and local declarations made of expressions, and the statements that are one expression or declaration
        /// (no statement below them, no attribute the walk would refuse; the statement list around them decided the state
        /// after them when it was taken apart).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool MayPassOver(SyntaxNode node) => node switch
        {
            ExpressionSyntax expression => !IsReadThroughParent(expression),
            ArgumentListSyntax or ArgumentSyntax or VariableDeclarationSyntax or VariableDeclaratorSyntax or EqualsValueClauseSyntax => true,
            ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax => ((StatementSyntax)node).AttributeLists.Count == 0,
            _ => false,
        };

        /// <summary>
        /// Whether the node's text (trivia included) spells no scan word and no <see cref="StructureMarks"/>. Such a node
        /// (one <see cref="MayPassOver"/> allows) holds nothing the walk would check or refuse: no use (every use the gate knows spells a scan word
        /// where no bare flag read is possible: <see cref="QuietText"/>), no syntax-only use (scan words are only given
        /// when the gate has none but attributes, which in an expression sit on a lambda), no statement (a lambda's or
        /// anonymous method's), no condition (<c>?:</c>, <c>&amp;&amp;</c>, <c>||</c>). And nothing in it changes the state
        /// the graph path has after it: with no branch and no statement it is straight-line code in one block, which
        /// neither reaches a label nor leaves code unreachable, and whose depth the graph path's limits (its condition
        /// translation) never see. So passing over it changes no answer but the names it declares (locals, pattern and
        /// <c>out</c> variables), which <see cref="AddPassedOverNames"/> adds where they could matter.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool IsQuiet(SyntaxNode node)
        {
            var marks = _marks;
            var span = node.FullSpan;
            var start = span.Start;
            var end = span.End;

            // The first mark at or after the start, by bisection (the marks are in ascending order).
            int low = 0, high = marks.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (marks[middle] < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low == marks.Count || marks[low] >= end;
        }

        /// <summary>
        /// Adds the names declared in the expressions the walk passed over, where one may be a name the proof took as not
        /// declared: a scan word cannot be (an expression spelling one is not passed over), so only other names are looked for.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void AddPassedOverNames()
        {
            if (_passedOver.Count == 0)
            {
                return;
            }

            foreach (var name in _assumedUndeclared)
            {
                if (!_owner._scanWords.Contains(name))
                {
                    foreach (var node in _passedOver)
                    {
                        AddDeclaredNames(node, _declared);
                    }

                    return;
                }
            }
        }

        /// <summary>Whether nothing at <paramref name="node"/> itself would be reported in state <paramref name="state"/>.</summary>
        [MethodImpl(HotPath.Optimized)]
        private bool Check(SyntaxNode node, FactSet state)
        {
            if (Gate.IsSyntaxOnlyUse(node))
            {
                return false;
            }

            switch (node)
            {
                case GotoStatementSyntax or LabeledStatementSyntax:
                    return false;
                case SimpleNameSyntax name:
                    return CheckName(name, state);
                case IfStatementSyntax s:
                    return IsSatisfiableOrNothing(s.Condition);
                case WhileStatementSyntax s:
                    return IsSatisfiableOrNothing(s.Condition);
                case DoStatementSyntax s:
                    return IsSatisfiableOrNothing(s.Condition);
                case ForStatementSyntax { Condition: { } condition }:
                    return IsSatisfiableOrNothing(condition);
                case ConditionalExpressionSyntax s:
                    return IsSatisfiableOrNothing(s.Condition);
                default:
                    return true;
            }
        }

        /// <summary>KCONF003 would not be reported on this condition (and its translation is certain).</summary>
        [MethodImpl(HotPath.Optimized)]
        private bool IsSatisfiableOrNothing(ExpressionSyntax condition)
        {
            var translation = Translate(condition);
            if (!translation.IsKnown)
            {
                return false;
            }

            if (translation.Value is not { } expression)
            {
                return true;
            }

            var symbols = _symbols;
            symbols.Clear();
            expression.CollectSymbols(symbols);
            return symbols.Count == 0 || !symbols.TrueForAll(Model.IsKnown) || Model.IsSatisfiable(expression);
        }

        [MethodImpl(HotPath.Optimized)]
        private bool CheckName(SimpleNameSyntax name, FactSet state)
        {
            var token = name.Identifier;
            var text = token.ValueText;
            if (Gate.IsAliasName(text))
            {
                return false;
            }

            if (Gate.MayReadFlagAt(token))
            {
                // `Type.Flag` is resolved whole; a bare name (under `using static`) alone, where it is an
                // expression (a member initializer's or argument's name resolves to some other member, or
                // to nothing: either way not proved).
                ExpressionSyntax read = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (name.Parent is MemberBindingExpressionSyntax || _resolver.Resolve(read, _isDeclared) is not { } member || !UseIsGuarded(member, state))
                {
                    return false;
                }
            }

            if (Gate.IsAnnotatedName(text))
            {
                var named = _owner.RequirementsNamed(text);
                if (IsFoundInTypeBody(name) && _containingType is not null && !FileHasUsingStatic(name.SyntaxTree))
                {
                    // A bare name (or this./base.) in a type's body binds to a member of that type, its bases
                    // or its containing types, or to a type: only those members' requirements count.
                    if (!AllEstablished(named.Anywhere, state))
                    {
                        return false;
                    }

                    for (var type = _containingType; type is not null; type = type.ContainingType)
                    {
                        for (var inherited = type; inherited is not null; inherited = inherited.BaseType)
                        {
                            if (named.ByType.TryGetValue(inherited.OriginalDefinition, out var requirements) && !AllEstablished(requirements, state))
                            {
                                return false;
                            }
                        }

                        foreach (var implemented in type.AllInterfaces)
                        {
                            if (named.ByType.TryGetValue(implemented.OriginalDefinition, out var requirements) && !AllEstablished(requirements, state))
                            {
                                return false;
                            }
                        }
                    }
                }
                else if (!AllEstablished(named.All, state))
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool AllEstablished(List<KconfigExpression> requirements, FactSet state)
        {
            foreach (var requirement in requirements)
            {
                if (!state.Establishes(requirement))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether <paramref name="name"/> is looked up from the type body it is in: a bare name in an
        /// expression (not a member initializer's, a pattern's or an argument's name, which bind elsewhere),
        /// or the member of <c>this.</c>/<c>base.</c>.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool IsFoundInTypeBody(SimpleNameSyntax name) => name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax or BaseExpressionSyntax,
            MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax or ExpressionColonSyntax => false,
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment when assignment.Left == name => false,
            _ => true,
        };

        /// <summary>What the graph path's check of a member reference asks (GuardAnalyzer.Check), answered yes.</summary>
        [MethodImpl(HotPath.Optimized)]
        private bool UseIsGuarded(ISymbol member, FactSet state)
        {
            if (Model.FlagOf(member) is { ImpliedBy.Count: > 0 } flag)
            {
                foreach (var guard in flag.ImplierGuards)
                {
                    if (state.Establishes(guard))
                    {
                        return true;
                    }
                }

                return false;
            }

            return _owner._annotations.RequirementOf(member) is not { } requirement || state.Establishes(requirement);
        }

        /// <summary>
        /// Pushes the children with their states, last first (so they come off in source order); false when the
        /// shape is refused. The names declared by the node's own tokens, and by anything under it that is not
        /// walked, are gathered here.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool PushChildren(SyntaxNode node, FactSet state, int depth)
        {
            switch (node)
            {
                case MemberDeclarationSyntax:
                    // A nested declaration is not part of this code (as for the gate); its names still count.
                    AddDeclaredNames(node, _declared);
                    return true;
                case BlockSyntax block:
                    AddAttributeNames(block);
                    return PushStatements(block.Statements, state, depth);
                case SwitchSectionSyntax section:
                    if (!PushStatements(section.Statements, state, depth))
                    {
                        return false;
                    }

                    for (var i = section.Labels.Count - 1; i >= 0; i--)
                    {
                        Push(section.Labels[i], state, depth);
                    }

                    return true;
                case IfStatementSyntax s:
                    AddAttributeNames(s);
                    if (s.Else is { } otherwise)
                    {
                        Push(otherwise.Statement, Assume(state, s.Condition, false), depth);
                    }

                    Push(s.Statement, Assume(state, s.Condition, true), depth);
                    Push(s.Condition, state, depth);
                    return true;
                case WhileStatementSyntax s:
                    AddAttributeNames(s);
                    Push(s.Statement, Assume(state, s.Condition, true), depth);
                    Push(s.Condition, state, depth);
                    return true;
                case ForStatementSyntax s:
                    Push(s.Statement, s.Condition is null ? state : Assume(state, s.Condition, true), depth);
                    PushChildrenExcept(s, s.Statement, state, depth);
                    return true;
                case TryStatementSyntax s:
                    // Handlers start from what held at the try's first block, or the entry: the entry, to be safe.
                    AddAttributeNames(s);
                    if (s.Finally is { } finallyClause)
                    {
                        Push(finallyClause, _entry, depth);
                    }

                    for (var i = s.Catches.Count - 1; i >= 0; i--)
                    {
                        Push(s.Catches[i], _entry, depth);
                    }

                    Push(s.Block, state, depth);
                    return true;
                case LocalFunctionStatementSyntax s:
                    // Its graph starts from the uses' meet or its owner's entry, each at least the part's entry.
                    PushChildrenExcept(s, null, _entry, depth);
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } conjunction:
                    Push(conjunction.Right, Assume(state, conjunction.Left, true), depth);
                    Push(conjunction.Left, state, depth);
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } disjunction:
                    Push(disjunction.Right, Assume(state, disjunction.Left, false), depth);
                    Push(disjunction.Left, state, depth);
                    return true;
                case ConditionalExpressionSyntax c:
                    Push(c.WhenFalse, Assume(state, c.Condition, false), depth);
                    Push(c.WhenTrue, Assume(state, c.Condition, true), depth);
                    Push(c.Condition, state, depth);
                    return true;
                default:
                    PushChildrenExcept(node, null, state, depth);
                    return true;
            }
        }

        /// <summary>The names in a statement's attribute lists, which the walk does not enter for the statements it takes apart itself.</summary>
        [MethodImpl(HotPath.Optimized)]
        private void AddAttributeNames(StatementSyntax statement)
        {
            foreach (var list in statement.AttributeLists)
            {
                AddDeclaredNames(list, _declared);
            }
        }

        private void Push(SyntaxNode node, FactSet state, int depth) => _pending.Push((node, state, depth));

        [MethodImpl(HotPath.Optimized)]
        private void PushChildrenExcept(SyntaxNode node, SyntaxNode? except, FactSet state, int depth)
        {
            // ChildNodesAndTokens is a struct list (and its reversal a struct too): no iterator per node.
            var declares = IsDeclaredBy(node);
            foreach (var child in node.ChildNodesAndTokens().Reverse())
            {
                if (child.AsNode() is { } childNode)
                {
                    if (childNode != except)
                    {
                        _pending.Push((childNode, state, depth));
                    }
                }
                else if (declares && child.IsKind(SyntaxKind.IdentifierToken))
                {
                    _declared.Add(child.AsToken().ValueText);
                }
            }
        }

        /// <summary>
        /// A statement list: each statement in the state its predecessors leave (an early exit adds the
        /// negation of its condition); refused when a statement follows one that may not complete.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool PushStatements(SyntaxList<StatementSyntax> statements, FactSet state, int depth)
        {
            // Each statement's state depends on those before it: worked out first, then pushed last first.
            var pushed = _statements;
            pushed.Clear();
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                pushed.Add((statement, state));
                if (i == statements.Count - 1)
                {
                    break;
                }

                if (!SurelyCompletes(statement, 0))
                {
                    return false;
                }

                if (statement is IfStatementSyntax s)
                {
                    if (Exits(s.Statement, 0) && (s.Else is null || SurelyCompletes(s.Else.Statement, 0)))
                    {
                        state = Assume(state, s.Condition, false);
                    }
                    else if (s.Else is { } otherwise && Exits(otherwise.Statement, 0))
                    {
                        state = Assume(state, s.Condition, true);
                    }
                }
                else if (statement is TryStatementSyntax { Catches.Count: > 0 })
                {
                    // Code after a try/catch is also reached from the handlers, which start from the entry here.
                    state = _entry;
                }
            }

            for (var i = pushed.Count - 1; i >= 0; i--)
            {
                Push(pushed[i].Statement, pushed[i].State, depth);
            }

            return true;
        }

        /// <summary>
        /// The state on the <paramref name="polarity"/> edge of <paramref name="condition"/>: the conditions of
        /// the branches every such path takes (the graph splits <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>), each
        /// added as the data flow adds a branch condition. Only certain translations are added.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private FactSet Assume(FactSet state, ExpressionSyntax condition, bool polarity)
        {
            var pending = _assumptions;
            pending.Clear();
            pending.Push((condition, polarity));
            while (pending.Count > 0)
            {
                var (current, positive) = pending.Pop();
                current = Unparenthesized(current);
                switch (current)
                {
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } conjunction when positive:
                        pending.Push((conjunction.Right, true));
                        pending.Push((conjunction.Left, true));
                        continue;
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } disjunction when !positive:
                        pending.Push((disjunction.Right, false));
                        pending.Push((disjunction.Left, false));
                        continue;
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression }:
                    case ConditionalExpressionSyntax:
                        // Several paths: nothing certain on this edge.
                        continue;
                    case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                        {
                            var operand = Unparenthesized(not.Operand);
                            if (!IsLeaf(operand))
                            {
                                continue;
                            }

                            state = AddLeaf(state, operand, !positive);
                            continue;
                        }

                    default:
                        state = AddLeaf(state, current, positive);
                        continue;
                }
            }

            return state;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool IsLeaf(ExpressionSyntax expression) => expression is not (PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression }
            or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression } or ConditionalExpressionSyntax);

        [MethodImpl(HotPath.Optimized)]
        private FactSet AddLeaf(FactSet state, ExpressionSyntax leaf, bool polarity)
        {
            var translation = Translate(leaf);
            if (translation.Value is not { } expression)
            {
                // Unknown or nothing: adding nothing keeps the state a lower bound.
                return state;
            }

            return state.With(polarity ? expression : KconfigExpression.Not(expression), Model);
        }

        /// <summary>
        /// The translation of <paramref name="condition"/>, once per walk: a branch's condition is read by its own
        /// check and by each of its edges. (Within a walk the answers it rests on can only be confirmed: a name
        /// taken as undeclared is checked when the walk ends, and a walk again starts afresh.)
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private SyntaxConditionTranslator.Translation Translate(ExpressionSyntax condition)
        {
            if (_knownTranslations.TryGetValue(condition, out var known))
            {
                return SyntaxConditionTranslator.Translation.Of(known);
            }

            if (_unknownTranslations.Contains(condition))
            {
                return SyntaxConditionTranslator.Translation.Unknown;
            }

            var translation = _conditions.Translate(condition);
            if (translation.IsKnown)
            {
                _knownTranslations[condition] = translation.Value;
            }
            else
            {
                _unknownTranslations.Add(condition);
            }

            return translation;
        }

        [MethodImpl(HotPath.Optimized)]
        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p)
            {
                expression = p.Expression;
            }

            return expression;
        }

        /// <summary>Whether the graph certainly has a path out of the end of <paramref name="statement"/> (false when unsure).</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool SurelyCompletes(StatementSyntax statement, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (statement)
            {
                case BlockSyntax block:
                    return block.Statements.Count == 0 || SurelyCompletes(block.Statements[block.Statements.Count - 1], depth + 1);
                case ExpressionStatementSyntax or LocalDeclarationStatementSyntax or EmptyStatementSyntax or LocalFunctionStatementSyntax or ForEachStatementSyntax
                    or ForEachVariableStatementSyntax or YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldReturnStatement }:
                    return true;
                case IfStatementSyntax s:
                    return s.Else is null || SurelyCompletes(s.Statement, depth + 1) || SurelyCompletes(s.Else.Statement, depth + 1);
                case WhileStatementSyntax s:
                    return !IsTrueLiteral(s.Condition);
                case DoStatementSyntax s:
                    return !IsTrueLiteral(s.Condition);
                case ForStatementSyntax s:
                    return s.Condition is not null && !IsTrueLiteral(s.Condition);
                case UsingStatementSyntax s:
                    return SurelyCompletes(s.Statement, depth + 1);
                case LockStatementSyntax s:
                    return SurelyCompletes(s.Statement, depth + 1);
                case FixedStatementSyntax s:
                    return SurelyCompletes(s.Statement, depth + 1);
                case CheckedStatementSyntax s:
                    return SurelyCompletes(s.Block, depth + 1);
                case UnsafeStatementSyntax s:
                    return SurelyCompletes(s.Block, depth + 1);
                case TryStatementSyntax s:
                    return SurelyCompletes(s.Block, depth + 1) && (s.Finally is null || SurelyCompletes(s.Finally.Block, depth + 1));
                default:
                    return false;
            }
        }

        /// <summary>Whether no path leaves the end of <paramref name="statement"/> (a jump on every path; false when unsure).</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool Exits(StatementSyntax statement, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (statement)
            {
                case ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax
                    or YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement }:
                    return true;
                case BlockSyntax block:
                    return block.Statements.Count > 0 && Exits(block.Statements[block.Statements.Count - 1], depth + 1);
                case IfStatementSyntax { Else: { } otherwise } s:
                    return Exits(s.Statement, depth + 1) && Exits(otherwise.Statement, depth + 1);
                default:
                    return false;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool IsTrueLiteral(ExpressionSyntax expression) => Unparenthesized(expression).IsKind(SyntaxKind.TrueLiteralExpression);
    }
}

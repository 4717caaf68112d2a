using KconfigSharp.Kconfig.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// Every AdditionalFile KconfigSharp reads, in item order (equatable by content). A class around the
/// array, not the <see cref="EquatableArray{T}"/> struct itself, because the runtime compiles Roslyn's
/// generic pipeline types (node tables, builders, entries) once per value type they hold: a struct here
/// cost csc about 250 extra JIT compilations in every build, a class shares the code every other
/// reference-typed step already uses.
/// </summary>
internal sealed record InputFileSet(EquatableArray<InputFile> Files);

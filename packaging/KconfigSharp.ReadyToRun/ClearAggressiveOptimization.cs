using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

// KconfigSharp.ReadyToRun SOURCE DESTINATION: copies an assembly with MethodImplOptions.AggressiveOptimization (0x200)
// cleared in every method's ImplFlags, so crossgen2 precompiles those methods too (it leaves methods with the bit to
// the JIT). A MethodDef row starts with RVA (4 bytes) and ImplFlags (2 bytes); only those bits change.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KconfigSharp.ReadyToRun SOURCE DESTINATION");
    return 2;
}

var bytes = File.ReadAllBytes(args[0]);
int table, rowSize, rows;
using (var pe = new PEReader(new MemoryStream(bytes)))
{
    var metadata = pe.GetMetadataReader();
    table = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.MethodDef);
    rowSize = metadata.GetTableRowSize(TableIndex.MethodDef);
    rows = metadata.GetTableRowCount(TableIndex.MethodDef);
}

const int aggressiveOptimizationHighByte = 0x200 >> 8;
var cleared = 0;
for (var row = 0; row < rows; row++)
{
    var implFlagsHighByte = table + (row * rowSize) + 5;
    if ((bytes[implFlagsHighByte] & aggressiveOptimizationHighByte) != 0)
    {
        bytes[implFlagsHighByte] &= unchecked((byte)~aggressiveOptimizationHighByte);
        cleared++;
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
File.WriteAllBytes(args[1], bytes);
Console.WriteLine($"{Path.GetFileName(args[0])}: AggressiveOptimization cleared on {cleared} of {rows} methods");
return 0;

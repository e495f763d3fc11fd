using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MarketSim.Tests.Architecture;

/// <summary>
/// Lists every type each type of an assembly uses, read from metadata rather than reflection: base
/// types, interfaces, generic constraints, attributes, field, method, property and event signatures,
/// local variables, exception handlers and every token in the IL of method bodies (calls, field
/// accesses, casts, <c>typeof</c>, generic instantiations). Compiler-generated nested types (closures,
/// iterators, async state machines) count as their outermost declaring type.
/// </summary>
internal static class TypeReferenceScanner
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlyList<TypeReference> Scan(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new SignatureNames(reader);
        var found = new List<TypeReference>();

        foreach (var handle in reader.TypeDefinitions)
        {
            var (ownerName, ownerNamespace) = Outermost(reader, handle);
            foreach (var target in Uses(reader, pe, names, handle).Distinct(StringComparer.Ordinal))
            {
                found.Add(new TypeReference(ownerName, ownerNamespace, target, NamespaceOf(target)));
            }
        }

        return found;
    }

    private static string NamespaceOf(string fullName)
    {
        // Nested types are written Outer+Inner; the namespace is what precedes the outer type's name.
        var plus = fullName.IndexOf('+', StringComparison.Ordinal);
        var outer = plus >= 0 ? fullName[..plus] : fullName;
        var dot = outer.LastIndexOf('.');
        return dot >= 0 ? outer[..dot] : string.Empty;
    }

    private static (string Name, string Namespace) Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        while (definition.GetDeclaringType() is { IsNil: false } outer)
        {
            handle = outer;
            definition = reader.GetTypeDefinition(outer);
        }

        return (SignatureNames.FullName(reader, handle), reader.GetString(definition.Namespace));
    }

    private static List<string> Uses(MetadataReader reader, PEReader pe, SignatureNames names, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var uses = new List<string>();
        if (!type.BaseType.IsNil)
        {
            uses.AddRange(names.Of(type.BaseType));
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            uses.AddRange(names.Of(reader.GetInterfaceImplementation(implementation).Interface));
        }

        AddGenericConstraints(reader, names, type.GetGenericParameters(), uses);
        AddAttributes(reader, names, type.GetCustomAttributes(), uses);

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            uses.AddRange(field.DecodeSignature(names, null));
            AddAttributes(reader, names, field.GetCustomAttributes(), uses);
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            uses.AddRange(SignatureNames.Flatten(property.DecodeSignature(names, null)));
            AddAttributes(reader, names, property.GetCustomAttributes(), uses);
        }

        foreach (var eventHandle in type.GetEvents())
        {
            uses.AddRange(names.Of(reader.GetEventDefinition(eventHandle).Type));
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            uses.AddRange(SignatureNames.Flatten(method.DecodeSignature(names, null)));
            AddGenericConstraints(reader, names, method.GetGenericParameters(), uses);
            AddAttributes(reader, names, method.GetCustomAttributes(), uses);
            foreach (var parameter in method.GetParameters())
            {
                AddAttributes(reader, names, reader.GetParameter(parameter).GetCustomAttributes(), uses);
            }

            if (method.RelativeVirtualAddress != 0)
            {
                AddBody(reader, names, pe.GetMethodBody(method.RelativeVirtualAddress), uses);
            }
        }

        return uses;
    }

    private static void AddBody(MetadataReader reader, SignatureNames names, MethodBodyBlock body, List<string> uses)
    {
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null))
            {
                uses.AddRange(local);
            }
        }

        foreach (var region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                uses.AddRange(names.Of(region.CatchType));
            }
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (OpCodesByValue[value].OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    uses.AddRange(names.Of(MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget:
                case OperandType.InlineI:
                case OperandType.InlineString:
                case OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddGenericConstraints(MetadataReader reader, SignatureNames names, GenericParameterHandleCollection parameters, List<string> uses)
    {
        foreach (var parameterHandle in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameterHandle).GetConstraints())
            {
                uses.AddRange(names.Of(reader.GetGenericParameterConstraint(constraint).Type));
            }
        }
    }

    private static void AddAttributes(MetadataReader reader, SignatureNames names, CustomAttributeHandleCollection attributes, List<string> uses)
    {
        foreach (var attribute in attributes)
        {
            uses.AddRange(names.Of(reader.GetCustomAttribute(attribute).Constructor));
        }
    }

    /// <summary>Decodes signatures into the full names of every type they mention.</summary>
    private sealed class SignatureNames(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var definition = reader.GetTypeDefinition(handle);
            var name = reader.GetString(definition.Name);
            var outer = definition.GetDeclaringType();
            if (!outer.IsNil)
            {
                return FullName(reader, outer) + "+" + name;
            }

            var ns = reader.GetString(definition.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public static ImmutableArray<string> Flatten(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> Of(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return [FullName(reader, (TypeDefinitionHandle)handle)];
                case HandleKind.TypeReference:
                    return [ReferenceName((TypeReferenceHandle)handle)];
                case HandleKind.TypeSpecification:
                    return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                case HandleKind.FieldDefinition:
                {
                    var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    return [FullName(reader, field.GetDeclaringType()), .. field.DecodeSignature(this, null)];
                }

                case HandleKind.MethodDefinition:
                {
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return [FullName(reader, method.GetDeclaringType()), .. Flatten(method.DecodeSignature(this, null))];
                }

                case HandleKind.MemberReference:
                {
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    ImmutableArray<string> parent = member.Parent.Kind == HandleKind.ModuleReference ? [] : Of(member.Parent);
                    var signature = member.GetKind() == MemberReferenceKind.Field
                        ? member.DecodeFieldSignature(this, null)
                        : Flatten(member.DecodeMethodSignature(this, null));
                    return [.. parent, .. signature];
                }

                case HandleKind.MethodSpecification:
                {
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return [.. Of(specification.Method), .. specification.DecodeSignature(this, null).SelectMany(a => a)];
                }

                case HandleKind.StandaloneSignature:
                {
                    var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    return signature.GetKind() == StandaloneSignatureKind.Method
                        ? Flatten(signature.DecodeMethodSignature(this, null))
                        : [.. signature.DecodeLocalSignature(this, null).SelectMany(a => a)];
                }

                default:
                    return [];
            }
        }

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) => Flatten(signature);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) =>
            [.. modifier, .. unmodifiedType];

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            [FullName(metadata, handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) =>
            [ReferenceName(handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        private string ReferenceName(TypeReferenceHandle handle)
        {
            var reference = reader.GetTypeReference(handle);
            var name = reader.GetString(reference.Name);
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return ReferenceName((TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
            }

            var ns = reader.GetString(reference.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
    }
}

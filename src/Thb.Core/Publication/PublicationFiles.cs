using Thb.Publication.Map;
using Thb.Publication.Priorities;

namespace Thb.Publication;

/// <summary>What <see cref="PublicationBuilder"/> makes: the workbook with charts and map, the .docx, and the view and map they show.</summary>
public sealed record PublicationFiles(byte[] Xlsx, byte[] Docx, PriorityView View, ActionMap Map);

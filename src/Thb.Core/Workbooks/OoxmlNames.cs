namespace Thb.Workbooks;

/// <summary>The namespaces, content types and relationship types of the SpreadsheetML packages we write and edit.</summary>
public static class OoxmlNames
{
    public const string SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string RelOfficeDocument = Relationships + "/officeDocument";
    public const string RelWorksheet = Relationships + "/worksheet";
    public const string RelStyles = Relationships + "/styles";
    public const string RelComments = Relationships + "/comments";
    public const string RelVmlDrawing = Relationships + "/vmlDrawing";
    public const string RelExtendedProperties = Relationships + "/extended-properties";
    public const string RelCoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    public const string TypeWorkbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string TypeWorksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string TypeStyles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string TypeComments = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    public const string TypeVml = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    public const string TypeRelationships = "application/vnd.openxmlformats-package.relationships+xml";
    public const string TypeCoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string TypeExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}

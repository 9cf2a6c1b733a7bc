// Logs and telemetry with Entra ID authentication only: no instrumentation key can write to Application Insights,
// only the app's identity holding Monitoring Metrics Publisher.

param workspaceName string
param appInsightsName string
param location string
param tags {*: string}

@description('Resource id of the Function App identity (names the role assignments; known before deployment).')
param appIdentityId string

@description('Principal (object) id of the Function App identity that sends telemetry.')
param appPrincipalId string

@minValue(30)
@maxValue(730)
param retentionInDays int

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
    features: { disableLocalAuth: true }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appIdentityId, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The connection string only locates the resource; with local auth disabled it grants nothing without a token.
output connectionString string = appInsights.properties.ConnectionString

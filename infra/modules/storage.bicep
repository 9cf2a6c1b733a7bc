// The product's data account: every container, table and queue the code names (src/Thb.Core/Storage/StorageNames.cs;
// a test keeps the lists below and that file in step), the container the Flex Consumption app deploys its code from,
// and the data-plane roles the app's identity needs. Shared keys are off: everything authenticates with Entra ID.

@description('Storage account name (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

param location string

param tags {*: string}

@description('Resource id of the Function App identity (names the role assignments; known before deployment).')
param appIdentityId string

@description('Principal (object) id of the Function App identity that reads and writes the data.')
param appPrincipalId string

@description('Storage redundancy. ZRS keeps the uploads through a zone outage where the region offers zones.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param skuName string

@description('Days a deleted blob or container can still be restored (uploads are never deleted on purpose).')
@minValue(1)
@maxValue(365)
param deleteRetentionDays int

// Keep in step with StorageNames.Containers/Tables/Queues.All; the infra test compares them.
var blobContainers = ['returns', 'feedback', 'annex', 'rowdata', 'templates']
var tables = ['cycles', 'contributors', 'submissions', 'rows', 'annexversions', 'reminders', 'uploads', 'reviews', 'corrections']
var queues = ['reminders-outbox']

// Flex Consumption pulls the app package from here (functionAppConfig.deployment.storage).
var deploymentContainer = 'app-package'

// Built-in role definition ids (stable across clouds).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // Flex Consumption without a virtual network and Event Grid reach the account over its public endpoint.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: deleteRetentionDays }
    containerDeleteRetentionPolicy: { enabled: true, days: deleteRetentionDays }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for container in blobContainers: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainer
  properties: { publicAccess: 'None' }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tableResources 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource queueResources 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

// Blob Data Owner, not Contributor: the Functions host also manages its own containers (receipts, timer locks).
resource dataRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(account.id, appIdentityId, role.value)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${packageContainer.name}'

"""Reads one OGC API - Features collection as QGIS does, headless, signed in by QGIS's Basic
authentication method with the token as its password. Arguments: server URL, collection id,
token, an empty folder for the QGIS profile. Prints "valid: <bool>" and "features: <count>"."""
import os
import sys

server, collection, token, profile = sys.argv[1:5]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QGIS_AUTH_DB_DIR_PATH"] = profile

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsVectorLayer

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False, profile)
app.initQgis()
auth = QgsApplication.authManager()
auth.setMasterPassword("onegrid-test", True)
config = QgsAuthMethodConfig("Basic")
config.setName("OneGrid")
config.setConfig("username", "qgis")
config.setConfig("password", token)
auth.storeAuthenticationConfig(config)

uri = QgsDataSourceUri()
uri.setParam("url", server)
uri.setParam("typename", collection)
uri.setAuthConfigId(config.id())
layer = QgsVectorLayer(uri.uri(False), collection, "OAPIF")  # QGIS 3.22's key for the provider
print("valid:", layer.isValid())
print("features:", sum(1 for _ in layer.getFeatures()), flush=True)
del layer  # before exitQgis: the other order crashes QGIS 3.22
app.exitQgis()

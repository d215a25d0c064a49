package cn.onegrid.server.backup;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Where a database is and how to sign in to it, for the PostgreSQL tools. */
record DatabaseLogin(String url, String user, String password) {

  /** Answers within seconds, or fails saying the database cannot be reached. */
  void requireReachable() {
    Properties login = new Properties();
    if (user != null) {
      login.setProperty("user", user);
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    login.setProperty("connectTimeout", "10");
    login.setProperty("loginTimeout", "10");
    try (var connection = DriverManager.getConnection(url, login)) {
      connection.isValid(10);
    } catch (SQLException e) {
      throw new BackupFailure(
          BackupFailure.UNAVAILABLE,
          "无法连接数据库 " + url + " / Cannot reach the database at " + url + ": " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return url;
  }
}

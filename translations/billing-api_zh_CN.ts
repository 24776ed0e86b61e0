<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillingApi</name>
    <message>
        <source>the database %1 was written by a newer version (schema %2; this billing-api supports up to %3). Update billing-api; the database was not changed.</source>
        <translation>数据库 %1 由更新的版本写入（架构 %2；本 billing-api 最高支持 %3）。请更新 billing-api；数据库未被修改。</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>the database driver %1 is not installed.</source>
        <translation>未安装数据库驱动 %1。</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 is not a database of the Onboarding Console.</source>
        <translation>%1 不是 Onboarding Console 的数据库。</translation>
    </message>
    <message>
        <source>the database %1 is busy; try again.</source>
        <translation>数据库 %1 正忙，请重试。</translation>
    </message>
    <message>
        <source>the database %1 cannot be written.</source>
        <translation>数据库 %1 无法写入。</translation>
    </message>
    <message>
        <source>the database %1 failed: %2</source>
        <translation>数据库 %1 出错：%2</translation>
    </message>
    <message>
        <source>an operator of that name exists already (revoke it first).</source>
        <translation>已存在同名操作员（请先吊销）。</translation>
    </message>
    <message>
        <source>an operator&apos;s name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>操作员名称为 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头。</translation>
    </message>
    <message>
        <source>there is no active operator of that name.</source>
        <translation>没有该名称的有效操作员。</translation>
    </message>
    <message>
        <source>billing-api listening on %1</source>
        <translation>billing-api 正在 %1 上监听</translation>
    </message>
    <message>
        <source>Operator %1 added. Its token, shown only now:</source>
        <translation>已添加操作员 %1。其令牌仅在此显示一次：</translation>
    </message>
    <message>
        <source>Operator %1 revoked.</source>
        <translation>已吊销操作员 %1。</translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation>数据库当前为架构 %1。</translation>
    </message>
    <message>
        <source>cannot write the token file %1.</source>
        <translation>无法写入令牌文件 %1。</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>billing-api stopping: finishing the requests in flight.</source>
        <translation>billing-api 正在停止：正在完成处理中的请求。</translation>
    </message>
    <message>
        <source>No operators yet: billing-api operator add NAME --database ...</source>
        <translation>尚无操作员：billing-api operator add 名称 --database ...</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>authentication failed (000001): the server has another key, the clocks are more than 60 s apart, or the call was sent before.</source>
        <translation>认证失败（000001）：服务器使用的是另一个密钥、双方时钟相差超过 60 秒，或该调用已发送过。</translation>
    </message>
    <message>
        <source>the answer is not signed with this key (its Body-Sign header is missing or wrong): the server has another key, or it is not the billing API.</source>
        <translation>应答未用该密钥签名（其 Body-Sign 头缺失或错误）：服务器使用的是另一个密钥，或它不是计费 API。</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Try &apos;billing-api --help&apos;.</source>
        <translation>请尝试“billing-api --help”。</translation>
    </message>
    <message>
        <source>&apos;operator&apos; needs add, list or revoke.</source>
        <translation>“operator”需要 add、list 或 revoke。</translation>
    </message>
    <message>
        <source>&apos;operator %1&apos; needs the operator&apos;s name.</source>
        <translation>“operator %1”需要操作员名称。</translation>
    </message>
    <message>
        <source>unknown operator command &apos;%1&apos; (add, list, revoke).</source>
        <translation>未知的操作员命令“%1”（add、list、revoke）。</translation>
    </message>
    <message>
        <source>--database needs a file or a postgresql:// URL.</source>
        <translation>--database 需要一个文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>--database: %1 is not a usable location (%2).</source>
        <translation>--database：%1 不是可用的位置（%2）。</translation>
    </message>
    <message>
        <source>--password-cost must be &apos;interactive&apos; or &apos;minimum&apos;.</source>
        <translation>--password-cost 必须为“interactive”或“minimum”。</translation>
    </message>
    <message>
        <source>--listen is an option of &apos;serve&apos;.</source>
        <translation>--listen 是“serve”的选项。</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen 需要 主机:端口，例如 127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not HOST:PORT with an IP address (or localhost) and a port 0-65535.</source>
        <translation>--listen：“%1”不是由 IP 地址（或 localhost）和 0-65535 端口组成的 主机:端口。</translation>
    </message>
    <message>
        <source>--workers is an option of &apos;serve&apos;.</source>
        <translation>--workers 是“serve”的选项。</translation>
    </message>
    <message>
        <source>--workers needs a number from 1 to 64.</source>
        <translation>--workers 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>--demo is an option of &apos;serve&apos;.</source>
        <translation>--demo 是“serve”的选项。</translation>
    </message>
    <message>
        <source>--demo-template needs a file or database name (with &apos;serve --demo&apos;).</source>
        <translation>--demo-template 需要一个文件或数据库名称（与“serve --demo”一起使用）。</translation>
    </message>
    <message>
        <source>--freeze-clock is an option of &apos;serve&apos;.</source>
        <translation>--freeze-clock 是“serve”的选项。</translation>
    </message>
    <message>
        <source>--operator needs a name (with &apos;serve --demo&apos;).</source>
        <translation>--operator 需要一个名称（与“serve --demo”一起使用）。</translation>
    </message>
    <message>
        <source>--token-dir needs a folder (with &apos;serve --demo --operator&apos;).</source>
        <translation>--token-dir 需要一个文件夹（与“serve --demo --operator”一起使用）。</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>--database is required.</source>
        <translation>必须指定 --database。</translation>
    </message>
    <message>
        <source>--demo-template and --operator need --demo.</source>
        <translation>--demo-template 和 --operator 需要 --demo。</translation>
    </message>
    <message>
        <source>--operator needs --token-dir, where its token is written.</source>
        <translation>--operator 需要 --token-dir，用于写入其令牌。</translation>
    </message>
    <message>
        <source>--koogallery-key-file: %1 does not exist.</source>
        <translation>--koogallery-key-file：%1 不存在。</translation>
    </message>
    <message>
        <source>--koogallery-key-file: %1 cannot be read (%2).</source>
        <translation>--koogallery-key-file：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>--koogallery-key-file: %1 must hold the access key alone: 16 to 256 printable characters without spaces.</source>
        <translation>--koogallery-key-file：%1 中只能有访问密钥本身：16 到 256 个不含空格的可打印字符。</translation>
    </message>
    <message>
        <source>Usage:
  billing-api serve --database PATH|postgresql://USER@HOST:PORT/NAME [--listen HOST:PORT] [--workers N]
  billing-api serve --demo [--database ...] [--operator NAME --token-dir DIR]...
  billing-api operator add NAME --database ...
  billing-api operator list --database ...
  billing-api operator revoke NAME --database ...
  billing-api migrate --database ...
  billing-api koogallery-call ACTIVITY --url URL --key-file FILE [NAME=VALUE]...

The billing API server of the Onboarding Console: the consoles of a team talk to it over HTTP (onboarding-console --server URL --token-file FILE).

Options:
  --database LOCATION      the store: a SQLite file, or a PostgreSQL database as postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME
  --listen HOST:PORT       where to listen (default 127.0.0.1:8080; port 0: any free port)
  --workers N              threads that serve calls (1-64; default: the CPU cores, twice that on PostgreSQL, at least 2)
  --demo                   serve a fresh copy of the demo story (the demo clock can be advanced); --database then names the copy (default: a temporary file)
  --demo-template LOCATION the demo&apos;s template (default: next to the copy)
  --operator NAME          with --demo: create this operator (repeatable)
  --token-dir DIR          with --operator: write each token to DIR/NAME.token
  --freeze-clock           a store with a demo clock (--demo, or a demo copy another server serves): the clock moves only when advanced
  --koogallery-key-file FILE
                           the access key KooGallery signs its calls to POST /koogallery/saas with (without it they are refused)
  --password-cost interactive|minimum
                           Argon2id cost of new password hashes (default: interactive; minimum in demo mode)

koogallery-call signs and sends one call as KooGallery does, to test a deployment: ACTIVITY is newInstance, refreshInstance, updateInstanceStatus, releaseInstance or queryInstance; each NAME=VALUE is a field of the call (instanceIds=ID,ID,... for queryInstance). It prints the answer; the exit code is 0 for result code 000000, 1 for another result code, 3 when the server cannot be reached or its answer is not signed with the key.
  --url URL                the server, e.g. http://127.0.0.1:8080
  --key-file FILE          the access key, as for --koogallery-key-file

  -h, --help               this help
  -v, --version            the version
</source>
        <translation>用法：
  billing-api serve --database 路径|postgresql://用户@主机:端口/名称 [--listen 主机:端口] [--workers N]
  billing-api serve --demo [--database ...] [--operator 名称 --token-dir 目录]...
  billing-api operator add 名称 --database ...
  billing-api operator list --database ...
  billing-api operator revoke 名称 --database ...
  billing-api migrate --database ...
  billing-api koogallery-call 活动 --url 地址 --key-file 文件 [名称=值]...

Onboarding Console 的计费 API 服务器：团队的控制台通过 HTTP 与其通信（onboarding-console --server 地址 --token-file 文件）。

选项：
  --database 位置          存储：SQLite 文件，或 postgresql://用户[:密码]@主机[:端口]/名称 形式的 PostgreSQL 数据库
  --listen 主机:端口        监听地址（默认 127.0.0.1:8080；端口 0：任一空闲端口）
  --workers N              处理调用的线程数（1-64；默认：CPU 核数，PostgreSQL 上为其两倍，至少 2）
  --demo                   提供演示剧情的全新副本（可推进演示时钟）；此时 --database 指副本（默认：临时文件）
  --demo-template 位置     演示模板（默认：副本旁边）
  --operator 名称          与 --demo 一起：创建该操作员（可重复）
  --token-dir 目录         与 --operator 一起：将每个令牌写入 目录/名称.token
  --freeze-clock           带演示时钟的存储（--demo，或另一台服务器所服务的演示副本）：时钟仅在推进时移动
  --koogallery-key-file 文件
                           云商店（KooGallery）对发往 POST /koogallery/saas 的调用签名所用的访问密钥（未配置时一律拒绝）
  --password-cost interactive|minimum
                           新密码哈希的 Argon2id 成本（默认：interactive；演示模式为 minimum）

koogallery-call 像云商店一样对一次调用签名并发送，用于检验部署：活动为 newInstance、refreshInstance、updateInstanceStatus、releaseInstance 或 queryInstance；每个 名称=值 是调用的一个字段（queryInstance 用 instanceIds=ID,ID,...）。命令打印应答；结果码为 000000 时退出码为 0，其他结果码为 1，无法连接服务器或应答未用该密钥签名时为 3。
  --url 地址               服务器，例如 http://127.0.0.1:8080
  --key-file 文件          访问密钥，与 --koogallery-key-file 相同

  -h, --help               显示本帮助
  -v, --version            显示版本
</translation>
    </message>
    <message>
        <source>no command given (serve, operator, migrate, koogallery-call).</source>
        <translation>未指定命令（serve、operator、migrate、koogallery-call）。</translation>
    </message>
    <message>
        <source>&apos;koogallery-call&apos; needs the activity (newInstance, refreshInstance, updateInstanceStatus, releaseInstance, queryInstance).</source>
        <translation>“koogallery-call”需要活动（newInstance、refreshInstance、updateInstanceStatus、releaseInstance、queryInstance）。</translation>
    </message>
    <message>
        <source>unknown activity &apos;%1&apos; (newInstance, refreshInstance, updateInstanceStatus, releaseInstance, queryInstance).</source>
        <translation>未知的活动“%1”（newInstance、refreshInstance、updateInstanceStatus、releaseInstance、queryInstance）。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (serve, operator, migrate, koogallery-call).</source>
        <translation>未知命令“%1”（serve、operator、migrate、koogallery-call）。</translation>
    </message>
    <message>
        <source>--koogallery-key-file is an option of &apos;serve&apos;.</source>
        <translation>--koogallery-key-file 是“serve”的选项。</translation>
    </message>
    <message>
        <source>--koogallery-key-file needs the file that holds the key.</source>
        <translation>--koogallery-key-file 需要存放密钥的文件。</translation>
    </message>
    <message>
        <source>--url needs the server&apos;s http:// or https:// address, e.g. http://127.0.0.1:8080.</source>
        <translation>--url 需要服务器的 http:// 或 https:// 地址，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>--key-file needs the file that holds the key.</source>
        <translation>--key-file 需要存放密钥的文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field: NAME=VALUE, e.g. orderId=CS2512041200ABCDE.</source>
        <translation>“%1”不是字段：应为 名称=值，例如 orderId=CS2512041200ABCDE。</translation>
    </message>
    <message>
        <source>the activity is given before the fields, not as a field.</source>
        <translation>活动应写在字段之前，而不是作为字段。</translation>
    </message>
    <message>
        <source>the field %1 is given twice.</source>
        <translation>字段 %1 重复给出。</translation>
    </message>
    <message>
        <source>koogallery-call needs --url.</source>
        <translation>koogallery-call 需要 --url。</translation>
    </message>
    <message>
        <source>koogallery-call needs --key-file.</source>
        <translation>koogallery-call 需要 --key-file。</translation>
    </message>
</context>
</TS>

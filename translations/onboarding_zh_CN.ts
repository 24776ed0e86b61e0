<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationPage</name>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>工作空间名称(&amp;W)：</translation>
    </message>
    <message>
        <source>Workspace language:</source>
        <translation>工作空间语言：</translation>
    </message>
    <message>
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;nglish</source>
        <translation>英文(&amp;N)</translation>
    </message>
    <message>
        <source>Activation method:</source>
        <translation>开通方式：</translation>
    </message>
    <message>
        <source>&amp;Fee-center account</source>
        <translation>费用中心账号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Huawei Cloud Store</source>
        <translation>华为云云商店(&amp;H)</translation>
    </message>
    <message>
        <source>A&amp;libaba Cloud</source>
        <translation>阿里云(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;WS</source>
        <translation>A&amp;WS</translation>
    </message>
    <message>
        <source>Huawei Cloud &amp;account ID:</source>
        <translation>华为云账号ID(&amp;A)：</translation>
    </message>
    <message>
        <source>f000ee4d7327428da2f53a081e7109bd</source>
        <translation>f000ee4d7327428da2f53a081e7109bd</translation>
    </message>
    <message>
        <source>Alibaba Cloud account &amp;ID:</source>
        <translation>阿里云账号ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Alibaba Cloud &amp;instance ID:</source>
        <translation>阿里云实例ID(&amp;I)：</translation>
    </message>
    <message>
        <source>I have subscribed on the AWS Marketplace and confirm the &amp;subscription</source>
        <translation>我已在 AWS Marketplace 订阅，确认该订阅(&amp;S)</translation>
    </message>
    <message>
        <source>Also create a fee-center account with the same username and &amp;password</source>
        <translation>同时使用相同的用户名和密码创建费用中心账号(&amp;P)</translation>
    </message>
    <message>
        <source>I have read and agree to the &amp;terms</source>
        <translation>我已阅读并同意相关条款(&amp;T)</translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>确认密码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Mobile (optional):</source>
        <translation>手机号（可选）(&amp;M)：</translation>
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation>+86 138 0013 8000</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Onboarding Console: carries customers from the Huawei Cloud Marketplace to the Commercial Plan, offline.</source>
        <translation>开通引导控制台：离线演示客户从华为云云商店到开通商业版的全过程。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助信息并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <source>Open a private copy of the demo data set (the default when no database is given).</source>
        <translation>打开演示数据集的私有副本（未指定数据库时默认如此）。</translation>
    </message>
    <message>
        <source>Open or create the SQLite database at &lt;path&gt;.</source>
        <translation>打开或创建位于 &lt;路径&gt; 的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The product&apos;s brand name shown everywhere.</source>
        <translation>界面各处显示的产品品牌名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder for the demo copy and its template (default: the user&apos;s data folder).</source>
        <translation>存放演示副本及其模板的文件夹（默认：用户数据文件夹）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Operator name recorded in the journal.</source>
        <translation>记录在操作日志中的操作人名称。</translation>
    </message>
    <message>
        <source>Argon2id cost for new password hashes: interactive or minimum.</source>
        <translation>新密码哈希的 Argon2id 计算强度：interactive 或 minimum。</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted (benchmarks).</source>
        <translation>主窗口绘制完成后立即退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>使用 --help 运行可查看所有选项。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together: the demo uses its own copy.</source>
        <translation>--demo 和 --database 不能同时使用：演示模式使用自己的数据副本。</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database 需要指定文件路径。</translation>
    </message>
    <message>
        <source>--database: %1 is a folder, not a database file.</source>
        <translation>--database：%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>--database: the folder %1 does not exist.</source>
        <translation>--database：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation>--lang：未知语言“%1”，请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--brand: give a name of 1 to 40 characters.</source>
        <translation>--brand：请指定 1 到 40 个字符的名称。</translation>
    </message>
    <message>
        <source>--data-dir: %1 is not a folder.</source>
        <translation>--data-dir：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>--data-dir: cannot create the folder %1.</source>
        <translation>--data-dir：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>--operator: give a name of 1 to 64 characters.</source>
        <translation>--operator：请指定 1 到 64 个字符的名称。</translation>
    </message>
    <message>
        <source>--password-cost: use interactive or minimum.</source>
        <translation>--password-cost：请使用 interactive 或 minimum。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Onboarding Console</source>
        <translation>开通引导控制台</translation>
    </message>
</context>
<context>
    <name>CompanyInfoPage</name>
    <message>
        <source>&amp;Enterprise name:</source>
        <translation>企业名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>I have read and agree to the &amp;service agreement</source>
        <translation>我已阅读并同意服务协议(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Closed (retention)</source>
        <translation>已关闭（保留期）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>开通中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
    <message>
        <source>Fee-center account</source>
        <translation>费用中心账号</translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <translation>阿里云账号</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS 账号</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Huawei Cloud marketplace purchase</source>
        <translation>华为云云商店购买</translation>
    </message>
    <message>
        <source>Direct purchase</source>
        <translation>直接购买</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>China 1 (Hangzhou)</source>
        <translation>中国区1（杭州）</translation>
    </message>
    <message>
        <source>China 2 (Ningxia)</source>
        <translation>中国区2（宁夏）</translation>
    </message>
    <message>
        <source>China 4 (Guangzhou)</source>
        <translation>中国区4（广州）</translation>
    </message>
    <message>
        <source>China 6 (Hong Kong)</source>
        <translation>中国区6（香港）</translation>
    </message>
    <message>
        <source>US1 (Oregon)</source>
        <translation>美国区1（俄勒冈）</translation>
    </message>
    <message>
        <source>EU1 (Frankfurt)</source>
        <translation>欧洲区1（法兰克福）</translation>
    </message>
    <message>
        <source>AP1 (Singapore)</source>
        <translation>亚太区1（新加坡）</translation>
    </message>
    <message>
        <source>%1 stored-value card</source>
        <translation>%1 储值卡</translation>
    </message>
    <message>
        <source>%1 SaaS Edition</source>
        <translation>%1 SaaS 版</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bound organization</source>
        <translation>绑定的组织</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>登录ID</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>租户名</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账号类型</translation>
    </message>
    <message>
        <source>Real-name authentication</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已充值</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例ID</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开通时间</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>组织ID</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>企业简称</translation>
    </message>
    <message>
        <source>Owner account ID</source>
        <translation>所有者账号ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>绑定编号</translation>
    </message>
    <message>
        <source>Instance status</source>
        <translation>实例状态</translation>
    </message>
    <message>
        <source>Authorized members</source>
        <translation>已授权成员数</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>绑定时间</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Cash balance</source>
        <translation>现金余额</translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation>储值卡余额</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间数</translation>
    </message>
    <message>
        <source>Linked Huawei accounts</source>
        <translation>关联的华为云账号</translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation>工作空间ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation>结算账号</translation>
    </message>
    <message>
        <source>Settlement instance</source>
        <translation>结算实例</translation>
    </message>
    <message>
        <source>Lock reason</source>
        <translation>锁定原因</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>购买方式</translation>
    </message>
    <message>
        <source>Purchase time</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Unified login for %1</source>
        <translation>%1 统一登录</translation>
    </message>
    <message>
        <source>Purchase successful</source>
        <translation>购买成功</translation>
    </message>
    <message>
        <source>Workspace locked</source>
        <translation>工作空间已锁定</translation>
    </message>
    <message>
        <source>Workspace unlocked</source>
        <translation>工作空间已解锁</translation>
    </message>
    <message>
        <source>Organization ready</source>
        <translation>组织已就绪</translation>
    </message>
    <message>
        <source>Welcome to the %1 Commercial Plan</source>
        <translation>欢迎使用 %1 商业版</translation>
    </message>
    <message>
        <source>Stored-value cards recharged</source>
        <translation>储值卡充值成功</translation>
    </message>
    <message>
        <source>Your verification code is %1. It is valid for %2 minutes. Do not share it.</source>
        <translation>您的验证码为 %1，%2 分钟内有效。请勿泄露给他人。</translation>
    </message>
    <message>
        <source>You can now use %1 (organization %2). Unified login address: %3  Login name: %4  Initial password: %5  Change the password at first login.</source>
        <translation>您现在可以使用 %1（组织：%2）。统一登录地址：%3  登录名：%4  初始密码：%5  首次登录时请修改密码。</translation>
    </message>
    <message>
        <source>Order %1 is paid: %2 x %3. Associate an organization to start using it.</source>
        <translation>订单 %1 已支付：%2 × %3。请关联组织后开始使用。</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is locked: its Huawei Cloud subscription was closed. Unlock it in the Billing Center; data is kept for 14 days.</source>
        <translation>工作空间“%1”已锁定：其华为云订阅已关闭。请在费用中心解锁；数据保留 14 天。</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is unlocked and now settles through the fee-center account.</source>
        <translation>工作空间“%1”已解锁，现通过费用中心账号结算。</translation>
    </message>
    <message>
        <source>Organization %1 (%2) is ready. Add members and bind your order.</source>
        <translation>组织 %1（%2）已就绪。请添加成员并绑定订单。</translation>
    </message>
    <message>
        <source>Your %1 account %2 and fee-center account are ready. Workspace: %3.</source>
        <translation>您的 %1 账号 %2 及费用中心账号已开通。工作空间：%3。</translation>
    </message>
    <message>
        <source>%1 stored-value card(s) from order %2 were added to fee-center account %3.</source>
        <translation>订单 %2 中的 %1 张储值卡已充值到费用中心账号 %3。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>长度超出限制：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>No Huawei Cloud account has this account ID.</source>
        <translation>未找到该账号ID对应的华为云账号。</translation>
    </message>
    <message>
        <source>No order has this order number.</source>
        <translation>未找到该订单号对应的订单。</translation>
    </message>
    <message>
        <source>No purchased service has this instance ID.</source>
        <translation>未找到该实例ID对应的已购买服务。</translation>
    </message>
    <message>
        <source>This organization does not exist.</source>
        <translation>该组织不存在。</translation>
    </message>
    <message>
        <source>This member does not exist.</source>
        <translation>该成员不存在。</translation>
    </message>
    <message>
        <source>This workspace does not exist.</source>
        <translation>该工作空间不存在。</translation>
    </message>
    <message>
        <source>No fee-center account has this username.</source>
        <translation>未找到该用户名对应的费用中心账号。</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh and try again.</source>
        <translation>该记录已不存在，请刷新后重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and retry.</source>
        <translation>无法连接服务器，请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Refresh and try again.</source>
        <translation>该数据已被他人同时修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>The request was not understood (%1).</source>
        <translation>无法识别该请求（%1）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Only the demo clock can be changed.</source>
        <translation>只能调整演示时钟。</translation>
    </message>
    <message>
        <source>Only a demo database can be reset.</source>
        <translation>只能重置演示数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this console (schema %2; this version supports up to %3). Update the console; the file was not changed.</source>
        <translation>数据库 %1 由更高版本的控制台写入（架构版本 %2；当前版本最高支持 %3）。请升级控制台；该文件未被修改。</translation>
    </message>
    <message>
        <source>%1 is not a database of this console, or it is damaged. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 不是本控制台的数据库，或已损坏。该文件未被改动；请从备份恢复，或选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is a database of another application. It was left untouched.</source>
        <translation>%1 是其他应用程序的数据库，该文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot read %1: check its permissions.</source>
        <translation>无法读取 %1，请检查其访问权限。</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>无法写入 %1：该文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 is busy: another console is writing to it. Try again in a moment.</source>
        <translation>数据库 %1 正忙：另一个控制台正在写入，请稍后重试。</translation>
    </message>
    <message>
        <source>The database driver %1 is not installed.</source>
        <translation>未安装数据库驱动 %1。</translation>
    </message>
    <message>
        <source>This already exists (someone may have just created it). Refresh and try again.</source>
        <translation>该记录已存在（可能刚被他人创建），请刷新后重试。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot create the demo copy at %1.</source>
        <translation>无法在 %1 创建演示副本。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报错：%1</translation>
    </message>
    <message numerus="yes">
        <source>An account ID is 32 characters, digits 0-9 and letters a-f (you typed %n).</source>
        <translation>
            <numerusform>账号ID为 32 位字符，由数字 0-9 和字母 a-f 组成（当前已输入 %n 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>An order number is CS, 10 digits and 5 letters or digits, e.g. CS2211181819B4LVS.</source>
        <translation>订单号由 CS、10 位数字和 5 位字母或数字组成，例如 CS2211181819B4LVS。</translation>
    </message>
    <message>
        <source>An instance ID is a UUID like 3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f.</source>
        <translation>实例ID为 UUID 格式，例如 3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f。</translation>
    </message>
    <message>
        <source>An email address cannot contain + ! # or $.</source>
        <translation>邮箱地址不能包含 + ! # 或 $。</translation>
    </message>
    <message>
        <source>Enter a valid email address, e.g. name@example.com.</source>
        <translation>请输入有效的邮箱地址，例如 name@example.com。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 characters.</source>
        <translation>长度为 %1-%2 个字符。</translation>
    </message>
    <message>
        <source>A password cannot contain spaces.</source>
        <translation>密码不能包含空格。</translation>
    </message>
    <message>
        <source>Use both letters and digits.</source>
        <translation>须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Use at least three of: uppercase letters, lowercase letters, digits, symbols.</source>
        <translation>须至少包含大写字母、小写字母、数字、特殊字符中的三种。</translation>
    </message>
    <message numerus="yes">
        <source>The tenant name can be changed at most %n times per calendar year.</source>
        <translation>
            <numerusform>租户名每个自然年最多可修改 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>A tenant name is 6 to 32 characters.</source>
        <translation>租户名长度为 6-32 个字符。</translation>
    </message>
    <message>
        <source>Start with a letter; use letters, digits, - and _ only.</source>
        <translation>须以字母开头，只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>Enter the number with its country code, e.g. +86 138 0013 8000.</source>
        <translation>请输入带国家/地区代码的号码，例如 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>The country/region cannot be changed once Huawei Cloud services are enabled.</source>
        <translation>开通华为云服务后，国家/地区不可更改。</translation>
    </message>
    <message>
        <source>An enterprise account cannot become an individual account.</source>
        <translation>企业账号不能变更为个人账号。</translation>
    </message>
    <message>
        <source>After real-name authentication the account type changes only by re-authentication.</source>
        <translation>完成实名认证后，只能通过重新认证变更账号类型。</translation>
    </message>
    <message>
        <source>This account type change is not allowed.</source>
        <translation>不允许此账号类型变更。</translation>
    </message>
    <message>
        <source>Only a real-name authenticated account can buy %1 SaaS Edition. Complete real-name authentication first (My Account &gt; Real-Name Authentication).</source>
        <translation>只有已实名认证的账号才能购买 %1 SaaS 版。请先完成实名认证（账号中心 &gt; 实名认证）。</translation>
    </message>
    <message>
        <source>Stored-value cards are bought in whole units of 100 CNY: enter 1 to %1 cards.</source>
        <translation>储值卡按每张 100 元整张购买：请输入 1 到 %1 张。</translation>
    </message>
    <message>
        <source>This resource is already closed.</source>
        <translation>该资源已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The enterprise name cannot be changed after creation.</source>
        <translation>企业名称创建后不可修改。</translation>
    </message>
    <message>
        <source>Enter the enterprise name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>This abbreviation is already used by another organization.</source>
        <translation>该企业简称已被其他组织使用。</translation>
    </message>
    <message>
        <source>The abbreviation cannot be changed after creation.</source>
        <translation>企业简称创建后不可修改。</translation>
    </message>
    <message>
        <source>2 to 32 characters.</source>
        <translation>长度为 2-32 个字符。</translation>
    </message>
    <message>
        <source>Use lowercase letters only (a-z), digits and -.</source>
        <translation>只能包含小写字母（a-z）、数字和 -。</translation>
    </message>
    <message>
        <source>Start with a lowercase letter.</source>
        <translation>须以小写字母开头。</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and -, starting with a letter.</source>
        <translation>只能包含小写字母、数字和 -，且须以字母开头。</translation>
    </message>
    <message>
        <source>The organization is still being set up (1-3 minutes). Wait until it is ready.</source>
        <translation>组织仍在创建中（约需 1-3 分钟），请等待创建完成。</translation>
    </message>
    <message>
        <source>Only the organization&apos;s administrator can do this.</source>
        <translation>只有组织管理员才能执行此操作。</translation>
    </message>
    <message>
        <source>This organization already has a member with this account.</source>
        <translation>该组织中已有使用此账号的成员。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>This order is already bound to an organization (%1).</source>
        <translation>该订单已绑定组织（%1）。</translation>
    </message>
    <message>
        <source>This organization already has an order of the same product bound.</source>
        <translation>该组织已绑定同一产品的订单。</translation>
    </message>
    <message>
        <source>Only an active purchased service can be bound (this one is %1).</source>
        <translation>只能绑定状态正常的已购买服务（当前状态：%1）。</translation>
    </message>
    <message>
        <source>The order belongs to another Huawei Cloud account than the organization&apos;s owner.</source>
        <translation>该订单不属于组织所有者的华为云账号。</translation>
    </message>
    <message>
        <source>Accept the terms to authorize.</source>
        <translation>请先同意相关条款再授权。</translation>
    </message>
    <message>
        <source>Select at least one member.</source>
        <translation>请至少选择一个成员。</translation>
    </message>
    <message>
        <source>This member is already authorized.</source>
        <translation>该成员已授权。</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>A fee-center username cannot be changed.</source>
        <translation>费用中心账号的用户名不可修改。</translation>
    </message>
    <message>
        <source>Start with a letter; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>须以字母开头，只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>This Huawei Cloud account is already linked to a fee-center account (%1).</source>
        <translation>该华为云账号已关联费用中心账号（%1）。</translation>
    </message>
    <message>
        <source>Enter the code sent to the fee-center account&apos;s email.</source>
        <translation>请输入发送到费用中心账号邮箱的验证码。</translation>
    </message>
    <message>
        <source>This fee-center account already has a workspace with this name.</source>
        <translation>该费用中心账号下已有同名工作空间。</translation>
    </message>
    <message>
        <source>Enter a workspace name.</source>
        <translation>请输入工作空间名称。</translation>
    </message>
    <message>
        <source>The workspace language cannot be changed after creation.</source>
        <translation>工作空间语言创建后不可修改。</translation>
    </message>
    <message>
        <source>The site cannot be changed after creation.</source>
        <translation>站点创建后不可修改。</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>请选择站点。</translation>
    </message>
    <message>
        <source>This instance belongs to another Huawei Cloud account.</source>
        <translation>该实例属于其他华为云账号。</translation>
    </message>
    <message>
        <source>The instance is not active (%1): purchase or renew %2 SaaS Edition first.</source>
        <translation>实例状态异常（%1）：请先购买或续费 %2 SaaS 版。</translation>
    </message>
    <message>
        <source>This instance is not a %1 SaaS Edition subscription.</source>
        <translation>该实例不是 %1 SaaS 版的订阅实例。</translation>
    </message>
    <message>
        <source>Huawei Cloud settlement needs the account ID and an active instance ID of that account.</source>
        <translation>华为云账号结算需要提供账号ID及该账号下状态正常的实例ID。</translation>
    </message>
    <message>
        <source>The settlement method was already changed this month; next change possible from %1.</source>
        <translation>本月已变更过结算方式，%1 起可再次变更。</translation>
    </message>
    <message>
        <source>This workspace is bound to another cloud account. Release that binding first.</source>
        <translation>该工作空间已绑定其他云账号，请先解除该绑定。</translation>
    </message>
    <message>
        <source>The workspace is locked because its Huawei Cloud subscription was closed.</source>
        <translation>该工作空间的华为云订阅已关闭，工作空间已锁定。</translation>
    </message>
    <message>
        <source>Only a locked workspace can be unlocked.</source>
        <translation>只有已锁定的工作空间才能解锁。</translation>
    </message>
    <message>
        <source>This order is not a stored-value card order.</source>
        <translation>该订单不是储值卡订单。</translation>
    </message>
    <message>
        <source>This order belongs to another Huawei Cloud account.</source>
        <translation>该订单属于其他华为云账号。</translation>
    </message>
    <message>
        <source>This order is not paid.</source>
        <translation>该订单未支付。</translation>
    </message>
    <message>
        <source>Enter the Huawei Cloud account ID and the order number of a stored-value card purchase.</source>
        <translation>请输入华为云账号ID及储值卡购买订单的订单号。</translation>
    </message>
    <message>
        <source>This order was already redeemed; it cannot be recharged twice.</source>
        <translation>该订单已充值，不能重复充值。</translation>
    </message>
    <message>
        <source>Stored-value cards cannot be transferred to another fee-center account.</source>
        <translation>储值卡不能转移到其他费用中心账号。</translation>
    </message>
    <message>
        <source>This Huawei Cloud account has no active %1 SaaS Edition instance. Subscribe on KooGallery first.</source>
        <translation>该华为云账号下没有状态正常的 %1 SaaS 版实例，请先在云商店订购。</translation>
    </message>
    <message>
        <source>Accept the terms to continue.</source>
        <translation>请先同意相关条款再继续。</translation>
    </message>
    <message>
        <source>Activation through Huawei Cloud Store needs an account ID with an active instance.</source>
        <translation>通过华为云云商店开通需要提供有正常实例的账号ID。</translation>
    </message>
    <message>
        <source>Complete the previous steps first.</source>
        <translation>请先完成前面的步骤。</translation>
    </message>
    <message>
        <source>The code is 6 digits.</source>
        <translation>验证码为 6 位数字。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code: %n attempt(s) left.</source>
        <translation>
            <numerusform>验证码错误，还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code has expired (codes are valid for 10 minutes). Send a new one.</source>
        <translation>验证码已过期（有效期 10 分钟），请重新获取。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Send a new code.</source>
        <translation>错误次数过多，请重新获取验证码。</translation>
    </message>
    <message>
        <source>This code was already used. Send a new one.</source>
        <translation>该验证码已使用，请重新获取。</translation>
    </message>
    <message>
        <source>Send a code first.</source>
        <translation>请先获取验证码。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before requesting a new code.</source>
        <translation>
            <numerusform>请等待 %n 秒后再重新获取验证码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in as account@abbreviation, e.g. wendy@gcy.</source>
        <translation>请使用“账号@企业简称”登录，例如 wendy@gcy。</translation>
    </message>
    <message>
        <source>No organization has this abbreviation.</source>
        <translation>未找到使用该企业简称的组织。</translation>
    </message>
    <message>
        <source>Wrong account or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>This member is not authorized to use the application. Ask the administrator to authorize you.</source>
        <translation>该成员未获授权使用此应用，请联系管理员授权。</translation>
    </message>
    <message>
        <source>This member is disabled. Ask the organization&apos;s administrator.</source>
        <translation>该成员已被禁用，请联系组织管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>失败次数过多，请 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the initial password.</source>
        <translation>新密码不能与初始密码相同。</translation>
    </message>
    <message>
        <source>Change the initial password before continuing.</source>
        <translation>请先修改初始密码再继续。</translation>
    </message>
    <message>
        <source>The operation was refused (%1).</source>
        <translation>操作被拒绝（%1）。</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Onboarding map</source>
        <translation>开通流程图</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>HuaweiAccountsView</name>
    <message>
        <source>Huawei Cloud accounts</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号ID：</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>登录ID：</translation>
    </message>
    <message>
        <source>Tenant name:</source>
        <translation>租户名：</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>账号类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Country/Region:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Huawei Cloud services:</source>
        <translation>华为云服务：</translation>
    </message>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Real-name authentication</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>What it allows:</source>
        <translation>权限说明：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Message language:</source>
        <translation>消息语言：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Contact address:</source>
        <translation>联系地址：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>合作模式：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>关联时间：</translation>
    </message>
    <message>
        <source>Audit traces (CTS)</source>
        <translation>审计事件（云审计服务）</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, ID, email…</source>
        <translation>名称、ID、邮箱…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Demo clock</source>
        <translation>演示时钟</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>+1 &amp;minute</source>
        <translation>+1 分钟(&amp;M)</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 天(&amp;D)</translation>
    </message>
    <message>
        <source>+3 &amp;working days</source>
        <translation>+3 个工作日(&amp;W)</translation>
    </message>
    <message>
        <source>+1 m&amp;onth</source>
        <translation>+1 个月(&amp;O)</translation>
    </message>
    <message>
        <source>+&amp;90 days</source>
        <translation>+90 天(&amp;9)</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>重置演示(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirmPage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>支付方式：</translation>
    </message>
    <message>
        <source>I have read and agree to the KooGallery &amp;terms of service</source>
        <translation>我已阅读并同意云商店服务条款(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PurchaseProductPage</name>
    <message>
        <source>Huawei Cloud &amp;account:</source>
        <translation>华为云账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Real-name authentication:</source>
        <translation>实名认证：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>SaaS Edition</source>
        <translation>SaaS 版</translation>
    </message>
    <message>
        <source>Stored-value cards</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Product ID:</source>
        <translation>产品ID：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
</context>
<context>
    <name>PurchaseResultPage</name>
    <message>
        <source>Order number:</source>
        <translation>订单号：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>实例ID：</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>RegistrationDonePage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>结算方式：</translation>
    </message>
</context>
<context>
    <name>oc::gui::BillingCenterView</name>
    <message>
        <source>Billing Center</source>
        <translation>费用中心</translation>
    </message>
    <message>
        <source>&amp;Fee-center account:</source>
        <translation>费用中心账号(&amp;F)：</translation>
    </message>
    <message>
        <source>Fee-center accounts</source>
        <translation>费用中心账号</translation>
    </message>
    <message>
        <source>No fee-center accounts. Register the Commercial Plan first.</source>
        <translation>暂无费用中心账号，请先注册商业版。</translation>
    </message>
    <message>
        <source>No fee-center account matches.</source>
        <translation>没有匹配的费用中心账号。</translation>
    </message>
    <message>
        <source>Workspace management</source>
        <translation>工作空间管理</translation>
    </message>
    <message>
        <source>No workspaces yet.</source>
        <translation>暂无工作空间。</translation>
    </message>
    <message>
        <source>No workspace matches.</source>
        <translation>没有匹配的工作空间。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Settle&amp;ment:</source>
        <translation>结算方式(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) of data retention left)</source>
        <translation>
            <numerusform>%1（数据还将保留 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retention over: due for wiping)</source>
        <translation>%1（保留期已过，待清除）</translation>
    </message>
    <message>
        <source>Stored-value cards</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>No stored-value cards. Recharge with a KooGallery order.</source>
        <translation>暂无储值卡，请使用云商店订单充值。</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>没有匹配的储值卡。</translation>
    </message>
</context>
<context>
    <name>oc::gui::CodeField</name>
    <message>
        <source>Code sent to %1. It is valid for 10 minutes (see the Outbox).</source>
        <translation>验证码已发送至 %1，10 分钟内有效（可在发件箱查看）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Resend (%1 s)</source>
        <translation>%1 秒后重新获取</translation>
    </message>
    <message>
        <source>Re&amp;send code</source>
        <translation>重新获取验证码(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;nd code</source>
        <translation>获取验证码(&amp;N)</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>重新获取验证码</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>获取验证码</translation>
    </message>
</context>
<context>
    <name>oc::gui::HelpDialog</name>
    <message>
        <source>Steps</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>Where do I find the account ID?</source>
        <translation>如何获取账号ID？</translation>
    </message>
    <message>
        <source>Where do I find the instance ID?</source>
        <translation>如何获取实例ID？</translation>
    </message>
    <message>
        <source>Where do I find the order number?</source>
        <translation>如何获取订单号？</translation>
    </message>
    <message>
        <source>Log in to the Huawei Cloud console with the account.</source>
        <translation>使用该账号登录华为云控制台。</translation>
    </message>
    <message>
        <source>Click the account avatar in the top-right corner and choose My Credentials.</source>
        <translation>单击右上角的账号头像，选择“我的凭证”。</translation>
    </message>
    <message>
        <source>On the API Credentials page, copy the Account ID (32 characters).</source>
        <translation>在“API凭证”页面，复制账号ID（32 位字符）。</translation>
    </message>
    <message>
        <source>In this console: Huawei accounts &gt; select the account &gt; Basic information.</source>
        <translation>在本控制台中：华为云账号 &gt; 选择该账号 &gt; 基本信息。</translation>
    </message>
    <message>
        <source>In KooGallery, go to My Marketplace &gt; Purchased Services.</source>
        <translation>在云商店中，进入“我的云商店 &gt; 已购买的服务”。</translation>
    </message>
    <message>
        <source>Open the product&apos;s details; the instance ID is under Application Information.</source>
        <translation>打开该产品的详情，实例ID位于“应用信息”下。</translation>
    </message>
    <message>
        <source>In this console: Marketplace &gt; Purchased services, column Instance ID.</source>
        <translation>在本控制台中：云商店 &gt; 已购买的服务，“实例ID”列。</translation>
    </message>
    <message>
        <source>In KooGallery, open My Orders after paying for the stored-value cards.</source>
        <translation>支付储值卡订单后，在云商店中打开“我的订单”。</translation>
    </message>
    <message>
        <source>Copy the order number (CS followed by 15 letters and digits).</source>
        <translation>复制订单号（CS 后跟 15 位字母和数字）。</translation>
    </message>
    <message>
        <source>In this console: Marketplace &gt; My orders, column Order number.</source>
        <translation>在本控制台中：云商店 &gt; 我的订单，“订单号”列。</translation>
    </message>
</context>
<context>
    <name>oc::gui::HelpIllustration</name>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>My Credentials</source>
        <translation>我的凭证</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>API凭证</translation>
    </message>
    <message>
        <source>IAM User Name</source>
        <translation>IAM用户名</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>My Marketplace &gt; Purchased Services &gt; Details</source>
        <translation>我的云商店 &gt; 已购买的服务 &gt; 详情</translation>
    </message>
    <message>
        <source>Application Information</source>
        <translation>应用信息</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SaaS Edition</source>
        <translation>SaaS 版</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>My Orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
</context>
<context>
    <name>oc::gui::HelpLink</name>
    <message>
        <source>Where do I find this?</source>
        <translation>如何获取？</translation>
    </message>
</context>
<context>
    <name>oc::gui::HomeView</name>
    <message>
        <source>How a customer gets from the Huawei Cloud Marketplace (KooGallery) to a working %1 Commercial Plan. Choose a customer to see the steps already done; choose a step to carry it out.</source>
        <translation>展示客户如何从华为云云商店一步步开通可用的 %1 商业版。选择客户可查看已完成的步骤；选择步骤可执行该步骤。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Onboarding map</source>
        <translation>开通流程图</translation>
    </message>
    <message>
        <source>Buy on KooGallery</source>
        <translation>在云商店购买</translation>
    </message>
    <message>
        <source>Subscribe to %1 SaaS Edition with a real-name authenticated Huawei Cloud account.</source>
        <translation>使用已实名认证的华为云账号订购 %1 SaaS 版。</translation>
    </message>
    <message>
        <source>Bind the organization</source>
        <translation>绑定组织</translation>
    </message>
    <message>
        <source>Joint Operations: create the organization, add members, bind the order, authorize members.</source>
        <translation>联营服务：创建组织、添加成员、绑定订单、授权成员。</translation>
    </message>
    <message>
        <source>Unified login</source>
        <translation>统一登录</translation>
    </message>
    <message>
        <source>Members log in as account@abbreviation and change the initial password.</source>
        <translation>成员以“账号@企业简称”登录并修改初始密码。</translation>
    </message>
    <message>
        <source>Fee-center account</source>
        <translation>费用中心账号</translation>
    </message>
    <message>
        <source>Register the Commercial Plan, or bind an existing fee-center account.</source>
        <translation>注册商业版，或绑定已有的费用中心账号。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Bind an existing workspace or create one; language and site are fixed.</source>
        <translation>绑定已有工作空间或新建工作空间；语言和站点创建后不可更改。</translation>
    </message>
    <message>
        <source>Huawei Cloud settlement</source>
        <translation>华为云账号结算</translation>
    </message>
    <message>
        <source>Workspaces settle through the Huawei Cloud account and its instance.</source>
        <translation>工作空间通过华为云账号及其实例结算。</translation>
    </message>
    <message>
        <source>Stored-value cards</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Recharge the fee-center account with cards bought on KooGallery.</source>
        <translation>使用在云商店购买的储值卡为费用中心账号充值。</translation>
    </message>
    <message>
        <source>Close the resource</source>
        <translation>关闭资源</translation>
    </message>
    <message>
        <source>Cancel on KooGallery: linked workspaces lock until unlocked.</source>
        <translation>在云商店退订：关联的工作空间将被锁定，直至解锁。</translation>
    </message>
    <message>
        <source>%1 of 6 steps done</source>
        <translation>已完成 %1/6 步</translation>
    </message>
    <message>
        <source>Not real-name authenticated: cannot buy yet</source>
        <translation>未实名认证：暂不能购买</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiAccountsView</name>
    <message>
        <source>Huawei Cloud accounts</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>No Huawei Cloud accounts yet.</source>
        <translation>暂无华为云账号。</translation>
    </message>
    <message>
        <source>No account matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的账号。</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>实名认证(&amp;A)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>账号类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>账号详情</translation>
    </message>
    <message>
        <source>Accounts and details</source>
        <translation>账号及详情</translation>
    </message>
    <message>
        <source>Audit traces</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 (changed %2 of 3 times this year)</source>
        <translation>%1（今年已修改 %2/3 次）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (fixed once services are enabled)</source>
        <translation>%1（开通华为云服务后不可更改）</translation>
    </message>
    <message>
        <source>%1, data kept until %2</source>
        <translation>%1，数据保留至 %2</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Can buy on KooGallery.</source>
        <translation>可在云商店购买。</translation>
    </message>
    <message>
        <source>Cannot buy on KooGallery until real-name authentication is approved.</source>
        <translation>实名认证审核通过后才能在云商店购买。</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>转售</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>No partner association</source>
        <translation>未关联合作伙伴</translation>
    </message>
</context>
<context>
    <name>oc::gui::JointOperationsView</name>
    <message>
        <source>Joint Operations (partner services)</source>
        <translation>联营服务</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O)：</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>No organizations. Create one after buying on KooGallery.</source>
        <translation>暂无组织，请在云商店购买后创建。</translation>
    </message>
    <message>
        <source>No organization matches.</source>
        <translation>没有匹配的组织。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>暂无成员。</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>没有匹配的成员。</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>未修改</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>App binding</source>
        <translation>应用绑定</translation>
    </message>
    <message>
        <source>No orders bound to an organization yet.</source>
        <translation>暂无已绑定组织的订单。</translation>
    </message>
    <message>
        <source>No binding matches.</source>
        <translation>没有匹配的绑定。</translation>
    </message>
    <message>
        <source>App authorization</source>
        <translation>应用授权</translation>
    </message>
    <message>
        <source>No members authorized yet.</source>
        <translation>暂无已授权的成员。</translation>
    </message>
    <message>
        <source>No authorization matches.</source>
        <translation>没有匹配的授权。</translation>
    </message>
</context>
<context>
    <name>oc::gui::JournalView</name>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Nothing journaled yet.</source>
        <translation>暂无日志记录。</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>没有匹配的记录。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>oc::gui::ListViewWidget</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>刷新%1</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>将%1导出为 CSV</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>重新加载%1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>复制整行(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的结果。</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>暂无数据。</translation>
    </message>
</context>
<context>
    <name>oc::gui::MainWindow</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1 Onboarding Console</source>
        <translation>%1 开通引导控制台</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Huawei accounts</source>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>云商店</translation>
    </message>
    <message>
        <source>Joint Operations</source>
        <translation>联营服务</translation>
    </message>
    <message>
        <source>Billing Center</source>
        <translation>费用中心</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>Advance the demo clock by one minute</source>
        <translation>将演示时钟拨快 1 分钟</translation>
    </message>
    <message>
        <source>Advance the demo clock by three working days</source>
        <translation>将演示时钟拨快 3 个工作日</translation>
    </message>
    <message>
        <source>Restore the demo data set</source>
        <translation>恢复演示数据集</translation>
    </message>
    <message>
        <source>Demo data (private copy, offline)</source>
        <translation>演示数据（私有副本，离线）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Demo clock</source>
        <translation>演示时钟</translation>
    </message>
    <message>
        <source>Demo clock: %1</source>
        <translation>演示时钟：%1</translation>
    </message>
    <message>
        <source>Demo clock advanced.</source>
        <translation>演示时钟已拨快。</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>Restore the demo data set? Everything changed since the last reset is discarded, including unfinished wizards.</source>
        <translation>确定要恢复演示数据集吗？自上次重置以来的所有更改（包括未完成的向导）都将被丢弃。</translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation>重置演示(&amp;R)</translation>
    </message>
    <message>
        <source>Demo data restored in %1 ms.</source>
        <translation>演示数据已恢复，耗时 %1 毫秒。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>%1 Onboarding Console %2

Reproduces, page by page, how a customer gets from the Huawei Cloud Marketplace (KooGallery) to a working %1 Commercial Plan. Both sides are modelled locally; no real service is called.

Database: %3 (schema %4)
Qt %5</source>
        <translation>%1 开通引导控制台 %2

逐页重现客户从华为云云商店到开通可用的 %1 商业版的全过程。双方均在本地模拟，不调用任何真实服务。

数据库：%3（架构版本 %4）
Qt %5</translation>
    </message>
</context>
<context>
    <name>oc::gui::MarketplaceView</name>
    <message>
        <source>Marketplace (KooGallery)</source>
        <translation>云商店</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Purchased services</source>
        <translation>已购买的服务</translation>
    </message>
    <message>
        <source>No purchased services. Subscribe on KooGallery first.</source>
        <translation>暂无已购买的服务，请先在云商店订购。</translation>
    </message>
    <message>
        <source>No purchased service matches.</source>
        <translation>没有匹配的已购买服务。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message>
        <source>No order matches.</source>
        <translation>没有匹配的订单。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>oc::gui::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>已发送消息</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>暂无已发送消息。</translation>
    </message>
    <message>
        <source>No message matches.</source>
        <translation>没有匹配的消息。</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>选中的消息</translation>
    </message>
    <message>
        <source>Select a message to read it in full.</source>
        <translation>选择一条消息可查看完整内容。</translation>
    </message>
    <message>
        <source>To: %1 (%2), %3
%4

%5</source>
        <translation>接收方：%1（%2），%3
%4

%5</translation>
    </message>
</context>
<context>
    <name>oc::gui::PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>oc::gui::PurchaseConfirmPage</name>
    <message>
        <source>Pay per use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>Huawei Cloud account balance</source>
        <translation>华为云账户余额</translation>
    </message>
    <message>
        <source>Billed through the Huawei Cloud account</source>
        <translation>通过华为云账号结算</translation>
    </message>
    <message>
        <source>Submitting the subscription…</source>
        <translation>正在提交订阅…</translation>
    </message>
    <message>
        <source>Paying the order…</source>
        <translation>正在支付订单…</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <source>Purchase %1 SaaS Edition</source>
        <translation>购买 %1 SaaS 版</translation>
    </message>
    <message>
        <source>Check the order and pay.</source>
        <translation>请核对订单并支付。</translation>
    </message>
    <message>
        <source>Agree to the terms and subscribe.</source>
        <translation>请同意相关条款后订购。</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>支付(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Subscribe now</source>
        <translation>立即订购(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PurchaseProductPage</name>
    <message>
        <source>Real-name authentication is done in My Account &gt; Real-Name Authentication and reviewed within 3 working days. &lt;a href=&quot;account&quot;&gt;Show this account&lt;/a&gt; or choose an authenticated one.</source>
        <translation>实名认证在“账号中心 &gt; 实名认证”中办理，3 个工作日内完成审核。&lt;a href=&quot;account&quot;&gt;查看此账号&lt;/a&gt;，或选择已实名认证的账号。</translation>
    </message>
    <message>
        <source>%1 (%2 card(s) x %3)</source>
        <translation>%1（%2 张 × %3）</translation>
    </message>
    <message>
        <source>Pay per use, settled monthly</source>
        <translation>按需计费，按月结算</translation>
    </message>
    <message>
        <source>Prepaid cards of 100 CNY each, redeemed in the Billing Center. For 5,000 CNY buy 50 cards.</source>
        <translation>预付费储值卡，每张 100 元，在费用中心充值使用。如需 5,000 元，请购买 50 张。</translation>
    </message>
    <message>
        <source>Subscribe to %1 SaaS Edition. After purchase, bind the order to an organization in Joint Operations.</source>
        <translation>订购 %1 SaaS 版。购买后，请在联营服务中将订单绑定到组织。</translation>
    </message>
    <message>
        <source>Choose the account and the product</source>
        <translation>选择账号和产品</translation>
    </message>
    <message>
        <source>KooGallery: the buyer must be a real-name authenticated Huawei Cloud account.</source>
        <translation>云商店：购买方须为已实名认证的华为云账号。</translation>
    </message>
    <message>
        <source>%1 SaaS &amp;Edition (subscription)</source>
        <translation>%1 SaaS 版（订阅）(&amp;E)</translation>
    </message>
    <message>
        <source>%1 stored-value &amp;cards</source>
        <translation>%1 储值卡(&amp;C)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PurchaseResultPage</name>
    <message>
        <source>Purchase complete</source>
        <translation>购买完成</translation>
    </message>
    <message>
        <source>SaaS subscription task submitted successfully</source>
        <translation>SaaS 订阅任务提交成功</translation>
    </message>
    <message>
        <source>Payment successful</source>
        <translation>支付成功</translation>
    </message>
    <message>
        <source>The service appears in Purchased services; it is provisioning and becomes active shortly. Next: bind the order to an organization (Joint Operations).</source>
        <translation>该服务已显示在“已购买的服务”中，正在开通，稍后即可正常使用。下一步：将订单绑定到组织（联营服务）。</translation>
    </message>
    <message>
        <source>Keep the order number: recharge the cards in the Billing Center with the Huawei Cloud account ID and this order number.</source>
        <translation>请保存订单号：在费用中心凭华为云账号ID和此订单号充值储值卡。</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <source>Copy the instance ID</source>
        <translation>复制实例ID</translation>
    </message>
    <message>
        <source>&amp;Return to My Marketplace</source>
        <translation>返回我的云商店(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PurchaseWizard</name>
    <message>
        <source>Buy on KooGallery</source>
        <translation>在云商店购买</translation>
    </message>
</context>
<context>
    <name>oc::gui::RecordPicker</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>oc::gui::Wizard</name>
    <message>
        <source>You left &quot;%1&quot; unfinished (%2). Resume at the page where you stopped, with your entries? Passwords are not kept and must be typed again.</source>
        <translation>“%1”尚未完成（%2）。是否从上次停止的页面继续，并保留已填写的内容？密码不会保存，需要重新输入。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Discard what you entered in &quot;%1&quot;?</source>
        <translation>确定要放弃在“%1”中填写的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>oc::gui::WizardPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountOverview</name>
    <message>
        <source>Account overview</source>
        <translation>账户总览</translation>
    </message>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
    <message>
        <source>Cash balance:</source>
        <translation>现金余额：</translation>
    </message>
    <message>
        <source>Stored-value card balance:</source>
        <translation>储值卡余额：</translation>
    </message>
    <message>
        <source>Stored-value cards:</source>
        <translation>储值卡：</translation>
    </message>
    <message>
        <source>&amp;Buy stored-value card…</source>
        <translation>购买储值卡(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Manage stored-value cards</source>
        <translation>管理储值卡(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ActivatedPage</name>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>工作空间名称(&amp;W)：</translation>
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
        <source>I have read and agree to the &amp;terms</source>
        <translation>我已阅读并同意相关条款(&amp;T)</translation>
    </message>
    <message>
        <source>Workspace lan&amp;guage:</source>
        <translation>工作空间语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Acti&amp;vation method:</source>
        <translation>开通方式(&amp;V)：</translation>
    </message>
    <message>
        <source>AW&amp;S</source>
        <translation>AW&amp;S</translation>
    </message>
    <message>
        <source>Huawei Cloud account &amp;ID:</source>
        <translation>华为云账号ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Alibaba Cloud acco&amp;unt ID:</source>
        <translation>阿里云账号ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Alibaba Cloud instance I&amp;D:</source>
        <translation>阿里云实例ID(&amp;D)：</translation>
    </message>
    <message>
        <source>I have subscribed on the AWS Marketplace and confirm the subscri&amp;ption</source>
        <translation>我已在 AWS Marketplace 订阅，确认该订阅(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Also create a fee-center account with the same username and password</source>
        <translation>同时使用相同的用户名和密码创建费用中心账号(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ApplicationFormTemplate</name>
    <message>
        <source>Application for Changing the Owner of an Individual Account</source>
        <translation>个人账号所有人变更申请表</translation>
    </message>
    <message>
        <source>We apply to transfer the Huawei Cloud account below from its current owner to the new owner. Until the approval the current owner stays valid; on approval, resources and amounts owed pass to the new owner.</source>
        <translation>我们申请将以下华为云账号由当前所有人转给新所有人。审核通过前当前所有人仍然有效；审核通过后，资源和欠款转给新所有人。</translation>
    </message>
    <message>
        <source>Current owner, full name:</source>
        <translation>当前所有人姓名：</translation>
    </message>
    <message>
        <source>Certificate type and number:</source>
        <translation>证件类型及号码：</translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation>签字及日期：</translation>
    </message>
    <message>
        <source>New owner, full name:</source>
        <translation>新所有人姓名：</translation>
    </message>
    <message>
        <source>Both owners sign this form. Then scan or convert it to PDF: a Word file cannot be uploaded.</source>
        <translation>本表须由新旧所有人双方签字，然后扫描或转换为 PDF：Word 文件不能上传。</translation>
    </message>
    <message>
        <source>Application for Changing an Individual Account to an Enterprise Account</source>
        <translation>个人账号变更为企业账号申请表</translation>
    </message>
    <message>
        <source>We apply to transfer the Huawei Cloud account below from the individual who owns it to the enterprise named here.</source>
        <translation>我们申请将以下华为云账号由其个人所有人转给此处所列企业。</translation>
    </message>
    <message>
        <source>Original owner, full name:</source>
        <translation>原所有人姓名：</translation>
    </message>
    <message>
        <source>Passport number:</source>
        <translation>护照号码：</translation>
    </message>
    <message>
        <source>Enterprise name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>注册号：</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>注册地址：</translation>
    </message>
    <message>
        <source>Enterprise seal and date:</source>
        <translation>企业盖章及日期：</translation>
    </message>
    <message>
        <source>Both parties sign this form. Then attach a PDF scan or a photo of it to the service ticket: a Word file cannot be uploaded.</source>
        <translation>本表须由双方签字，然后将其 PDF 扫描件或照片附在服务工单中：Word 文件不能上传。</translation>
    </message>
    <message>
        <source>Application for Changing the Enterprise Entity</source>
        <translation>企业主体变更申请表</translation>
    </message>
    <message>
        <source>We apply to transfer the Huawei Cloud account below from the original enterprise to the new enterprise. Until the approval the original entity stays valid; on approval, resources and funds move to the new entity.</source>
        <translation>我们申请将以下华为云账号由原企业转给新企业。审核通过前原主体仍然有效；审核通过后，资源和资金转给新主体。</translation>
    </message>
    <message>
        <source>Original enterprise name:</source>
        <translation>原企业名称：</translation>
    </message>
    <message>
        <source>Seal and date:</source>
        <translation>盖章及日期：</translation>
    </message>
    <message>
        <source>New enterprise name:</source>
        <translation>新企业名称：</translation>
    </message>
    <message>
        <source>Both enterprises stamp this form. Then upload a PDF scan or one photo of it: a Word file cannot be uploaded.</source>
        <translation>本表须由双方企业盖章，然后上传其 PDF 扫描件或一张照片：Word 文件不能上传。</translation>
    </message>
    <message>
        <source>Statement of Commitment for Changing the Enterprise Name</source>
        <translation>企业名称变更承诺书</translation>
    </message>
    <message>
        <source>We declare that our enterprise changed its name and that the registration number stays the same. The account&apos;s resources, funds and obligations stay with the enterprise under its new name.</source>
        <translation>我们声明本企业已更名且注册号不变。账号的资源、资金和义务仍归更名后的本企业所有。</translation>
    </message>
    <message>
        <source>Former enterprise name:</source>
        <translation>原企业名称：</translation>
    </message>
    <message>
        <source>Seal of the new name or signature, date:</source>
        <translation>新名称印章或签字，日期：</translation>
    </message>
    <message>
        <source>Seal it with the new name&apos;s seal (Chinese mainland) or sign it (elsewhere). Then upload it as JPG, JPEG, BMP, PNG, GIF or PDF: a Word file cannot be uploaded.</source>
        <translation>请加盖新名称的印章（中国大陆）或签字（其他地区），然后以 JPG、JPEG、BMP、PNG、GIF 或 PDF 格式上传：Word 文件不能上传。</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>账号 ID：%1</translation>
    </message>
    <message>
        <source>Account name: %1</source>
        <translation>账号名称：%1</translation>
    </message>
</context>
<context>
    <name>AuthEnterprisePage</name>
    <message>
        <source>Registered country/region:</source>
        <translation>注册国家/地区：</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>注册地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Registration n&amp;umber:</source>
        <translation>注册号(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>AuthIndividualPage</name>
    <message>
        <source>Certificate type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>&amp;Passport</source>
        <translation>护照(&amp;P)</translation>
    </message>
    <message>
        <source>I&amp;D card</source>
        <translation>身份证(&amp;D)</translation>
    </message>
    <message>
        <source>Non-Chinese &amp;Driver License</source>
        <translation>非中国大陆驾驶证(&amp;D)</translation>
    </message>
    <message>
        <source>Issuing &amp;country/region:</source>
        <translation>签发国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Full Name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>Certificate &amp;Number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>AuthReviewPage</name>
    <message>
        <source>Authentication:</source>
        <translation>认证类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Country/Region:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>注册地址：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
</context>
<context>
    <name>AuthTypePage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Authentication status:</source>
        <translation>认证状态：</translation>
    </message>
    <message>
        <source>&amp;Individual Authentication</source>
        <translation>个人认证(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Enterprise Authentication</source>
        <translation>企业认证(&amp;E)</translation>
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
</context>
<context>
    <name>BindWorkspacePage</name>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create workspace…</source>
        <translation>创建工作空间(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>确认新密码(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>CloseCheckPage</name>
    <message>
        <source>Checked at:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CloseFinishPage</name>
    <message>
        <source>Closed at:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Data kept until:</source>
        <translation>数据保留至：</translation>
    </message>
    <message>
        <source>Restore possible from:</source>
        <translation>可恢复时间：</translation>
    </message>
    <message>
        <source>Disable possible from:</source>
        <translation>可注销时间：</translation>
    </message>
</context>
<context>
    <name>CloseReviewPage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Important Notes</source>
        <translation>重要说明</translation>
    </message>
    <message>
        <source>Read the &amp;Terms and Conditions…</source>
        <translation>阅读条款与条件(&amp;T)…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;No longer wish to use</source>
        <translation>不再使用(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mistakenly enabled</source>
        <translation>误开通(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;ther</source>
        <translation>其他(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CloseVerifyPage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Send the code by:</source>
        <translation>验证码发送方式：</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>短信(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>ClosingCheckView</name>
    <message>
        <source>Account Check</source>
        <translation>账号检查</translation>
    </message>
    <message>
        <source>Financial Check</source>
        <translation>财务检查</translation>
    </message>
    <message>
        <source>Orders and Resources Check</source>
        <translation>订单与资源检查</translation>
    </message>
</context>
<context>
    <name>ClosingText</name>
    <message>
        <source>Account Check</source>
        <translation>账号检查</translation>
    </message>
    <message>
        <source>Financial Check</source>
        <translation>财务检查</translation>
    </message>
    <message>
        <source>Orders and Resources Check</source>
        <translation>订单与资源检查</translation>
    </message>
    <message>
        <source>No longer wish to use</source>
        <translation>不再使用</translation>
    </message>
    <message>
        <source>Mistakenly enabled</source>
        <translation>误开通</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The account is associated with the Huawei Cloud partner %1.</source>
        <translation>该账号已关联华为云合作伙伴 %1。</translation>
    </message>
    <message>
        <source>The account is associated with, or invited by, the enterprise master account %1.</source>
        <translation>该账号已关联企业主账号 %1，或收到其邀请。</translation>
    </message>
    <message>
        <source>Member accounts associated with this enterprise master account: %1.</source>
        <translation>该企业主账号关联的成员账号：%1 个。</translation>
    </message>
    <message>
        <source>Applications in progress (such as a real-name authentication under review): %1.</source>
        <translation>处理中的申请（如审核中的实名认证）：%1 个。</translation>
    </message>
    <message>
        <source>Breaches of laws, regulations or agreements with Huawei, or complaints, are on record.</source>
        <translation>存在违反法律法规或与华为协议的记录，或存在投诉。</translation>
    </message>
    <message>
        <source>Overdue payments: %1.</source>
        <translation>欠费：%1。</translation>
    </message>
    <message>
        <source>Invoices were issued for more than was paid.</source>
        <translation>存在超额开具的发票。</translation>
    </message>
    <message>
        <source>Payments are pending.</source>
        <translation>存在待支付款项。</translation>
    </message>
    <message>
        <source>A remaining balance: %1.</source>
        <translation>账户余额：%1。</translation>
    </message>
    <message>
        <source>Taxes are unpaid, or legal obligations unfulfilled.</source>
        <translation>存在未缴税款或未履行的法定义务。</translation>
    </message>
    <message>
        <source>Active orders: %1.</source>
        <translation>有效订单：%1 个。</translation>
    </message>
    <message>
        <source>Resources or instances in use: %1.</source>
        <translation>使用中的资源或实例：%1 个。</translation>
    </message>
    <message>
        <source>Reserved instances are still valid.</source>
        <translation>存在仍有效的预留实例。</translation>
    </message>
    <message>
        <source>Contracts are still to be performed.</source>
        <translation>存在尚待履行的合同。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Disassociate from the partner first (My Partner &gt; Disassociate); the partner must agree.</source>
        <translation>请先与合作伙伴解除关联（我的合作伙伴 &gt; 解除关联），需经合作伙伴同意。</translation>
    </message>
    <message>
        <source>Leave the master account, or reject its invitation, first.</source>
        <translation>请先退出主账号，或拒绝其邀请。</translation>
    </message>
    <message>
        <source>Cancel the association with every member account first.</source>
        <translation>请先解除与所有成员账号的关联。</translation>
    </message>
    <message>
        <source>Wait until they are processed, or withdraw them.</source>
        <translation>请等待处理完成，或撤回申请。</translation>
    </message>
    <message>
        <source>Contact customer service: Huawei decides case by case.</source>
        <translation>请联系客服，由华为逐案决定。</translation>
    </message>
    <message>
        <source>Pay the overdue amount.</source>
        <translation>请结清欠费。</translation>
    </message>
    <message>
        <source>Return the invoices issued in excess, or pay the amount they cover.</source>
        <translation>请退回超额开具的发票，或支付其对应的金额。</translation>
    </message>
    <message>
        <source>Complete or cancel the pending payments.</source>
        <translation>请完成或取消待支付款项。</translation>
    </message>
    <message>
        <source>Withdraw the balance once any arrears are paid.</source>
        <translation>请在结清欠费后提取余额。</translation>
    </message>
    <message>
        <source>Pay the taxes and fulfil the obligations.</source>
        <translation>请缴清税款并履行相关义务。</translation>
    </message>
    <message>
        <source>Pay or cancel the orders.</source>
        <translation>请支付或取消这些订单。</translation>
    </message>
    <message>
        <source>Unsubscribe from the resources or release them (KooGallery &gt; Close resource).</source>
        <translation>请退订或释放这些资源（云商店 &gt; 关闭资源）。</translation>
    </message>
    <message>
        <source>Wait until the reserved instances expire, or unsubscribe from them.</source>
        <translation>请等待预留实例到期，或将其退订。</translation>
    </message>
    <message>
        <source>Complete or terminate the contracts with Huawei Cloud.</source>
        <translation>请履行完毕或终止与华为云的合同。</translation>
    </message>
    <message>
        <source>Contact customer service.</source>
        <translation>请联系客服。</translation>
    </message>
    <message>
        <source>a partner association</source>
        <translation>合作伙伴关联</translation>
    </message>
    <message>
        <source>a master account association</source>
        <translation>主账号关联</translation>
    </message>
    <message>
        <source>member accounts</source>
        <translation>成员账号</translation>
    </message>
    <message>
        <source>applications in progress</source>
        <translation>处理中的申请</translation>
    </message>
    <message>
        <source>violations or complaints</source>
        <translation>违规或投诉</translation>
    </message>
    <message>
        <source>overdue payments</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>over-issued invoices</source>
        <translation>超额发票</translation>
    </message>
    <message>
        <source>pending payments</source>
        <translation>待支付款项</translation>
    </message>
    <message>
        <source>a remaining balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>unpaid taxes</source>
        <translation>未缴税款</translation>
    </message>
    <message>
        <source>active orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <source>resources in use</source>
        <translation>使用中的资源</translation>
    </message>
    <message>
        <source>reserved instances</source>
        <translation>预留实例</translation>
    </message>
    <message>
        <source>contracts pending</source>
        <translation>待履行合同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <message>
        <source>Render the training screenshots and step-by-step guides into &lt;folder&gt; (headless) and exit.</source>
        <translation>将培训截图和分步指南生成到 &lt;folder&gt;（无需显示器）后退出。</translation>
    </message>
    <message>
        <source>With --screenshots: device pixel ratio of the images, 1 or 2.</source>
        <translation>与 --screenshots 一起使用：图片的设备像素比，1 或 2。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>--screenshots needs an output folder.</source>
        <translation>--screenshots 需要指定输出文件夹。</translation>
    </message>
    <message>
        <source>--screenshots and --database cannot be used together: the screenshots use their own copy of the demo.</source>
        <translation>--screenshots 不能与 --database 同时使用：截图使用自己的演示数据副本。</translation>
    </message>
    <message>
        <source>--screenshots: %1 is not a folder.</source>
        <translation>--screenshots：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 only goes with --screenshots.</source>
        <translation>%1 只能与 --screenshots 一起使用。</translation>
    </message>
    <message>
        <source>--lang: a list of languages (%1) only goes with --screenshots.</source>
        <translation>--lang：语言列表（%1）只能与 --screenshots 一起使用。</translation>
    </message>
    <message>
        <source>--scenario: no built-in scenario or file &quot;%1&quot;; built-in: %2.</source>
        <translation>--scenario：没有名为“%1”的内置场景或文件；内置场景：%2。</translation>
    </message>
    <message>
        <source>--scale: use 1 or 2, not &quot;%1&quot;.</source>
        <translation>--scale：请使用 1 或 2，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 expects &lt;%2&gt;, but got the option %3.</source>
        <translation>%1 需要 &lt;%2&gt;，但其后是选项 %3。</translation>
    </message>
    <message>
        <source>--lang needs a language: en or zh_CN.</source>
        <translation>--lang 需要指定语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--lang: the list &quot;%1&quot; has an empty item; separate the languages with single commas, as in en,zh_CN.</source>
        <translation>--lang：列表“%1”中有空项；请用单个英文逗号分隔各语言，例如 en,zh_CN。</translation>
    </message>
    <message>
        <source>--scenario needs a built-in scenario name or a JSON file; built-in: %1.</source>
        <translation>--scenario 需要指定内置场景名称或 JSON 文件；内置场景：%1。</translation>
    </message>
    <message>
        <source>--scale needs a value: 1 or 2.</source>
        <translation>--scale 需要指定值：1 或 2。</translation>
    </message>
    <message>
        <source>Work on the billing API server at &lt;address&gt; (http:// or https://, as in http://billing.example:8080) instead of a local database.</source>
        <translation>使用位于 &lt;address&gt; 的计费 API 服务器（http:// 或 https://，例如 http://billing.example:8080），而不是本地数据库。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>With --server: read the operator token from the first line of &lt;path&gt; (default: the environment variable %1, else the saved setting %2).</source>
        <translation>与 --server 一起使用：从 &lt;path&gt; 的第一行读取操作员令牌（默认：环境变量 %1，其次是已保存的设置 %2）。</translation>
    </message>
    <message>
        <source>--token is not supported: a token on the command line shows in the process list. Put it in a file and give --token-file, or set %1.</source>
        <translation>不支持 --token：写在命令行中的令牌会显示在进程列表中。请将令牌写入文件并使用 --token-file，或设置 %1。</translation>
    </message>
    <message>
        <source>--server and --demo cannot be used together: the demo is a private local copy.</source>
        <translation>--server 和 --demo 不能同时使用：演示模式使用本地的私有副本。</translation>
    </message>
    <message>
        <source>--server and --database cannot be used together: the server has its own database.</source>
        <translation>--server 和 --database 不能同时使用：服务器有自己的数据库。</translation>
    </message>
    <message>
        <source>--screenshots and --server cannot be used together: the screenshots use their own copy of the demo.</source>
        <translation>--screenshots 不能与 --server 同时使用：截图使用自己的演示数据副本。</translation>
    </message>
    <message>
        <source>%1 only goes with a local database, not with --server.</source>
        <translation>%1 只能用于本地数据库，不能与 --server 一起使用。</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, as in http://billing.example:8080.</source>
        <translation>--server 需要指定服务器地址，例如 http://billing.example:8080。</translation>
    </message>
    <message>
        <source>--server: give no user name or password in the address; the operator token comes from --token-file or %1.</source>
        <translation>--server：地址中不能包含用户名或密码；操作员令牌来自 --token-file 或 %1。</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http:// or https:// address with a host, as in http://billing.example:8080.</source>
        <translation>--server：“%1”不是带主机名的 http:// 或 https:// 地址，正确示例：http://billing.example:8080。</translation>
    </message>
    <message>
        <source>--server: give only the scheme, host and port, as in http://billing.example:8080, not &quot;%1&quot;.</source>
        <translation>--server：请只指定协议、主机和端口，例如 http://billing.example:8080，而不是“%1”。</translation>
    </message>
    <message>
        <source>--token-file needs a file path.</source>
        <translation>--token-file 需要指定文件路径。</translation>
    </message>
    <message>
        <source>--token-file: %1 is a folder, not a file.</source>
        <translation>--token-file：%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>--token-file: cannot read %1 (%2).</source>
        <translation>--token-file：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>--token-file: the first line of %1 is empty; it should hold the operator token.</source>
        <translation>--token-file：%1 的第一行为空；该行应为操作员令牌。</translation>
    </message>
    <message>
        <source>--token-file: the first line of %1 is not an operator token (one looks like &lt;operator&gt;.&lt;secret&gt;, as &quot;billing-api operator add&quot; printed it).</source>
        <translation>--token-file：%1 的第一行不是操作员令牌（令牌形如 &lt;operator&gt;.&lt;secret&gt;，即“billing-api operator add”输出的内容）。</translation>
    </message>
    <message>
        <source>The environment variable %1 does not hold an operator token (one looks like &lt;operator&gt;.&lt;secret&gt;, as &quot;billing-api operator add&quot; printed it).</source>
        <translation>环境变量 %1 中的值不是操作员令牌（令牌形如 &lt;operator&gt;.&lt;secret&gt;，即“billing-api operator add”输出的内容）。</translation>
    </message>
    <message>
        <source>The saved setting %1 does not hold an operator token (one looks like &lt;operator&gt;.&lt;secret&gt;, as &quot;billing-api operator add&quot; printed it).</source>
        <translation>已保存的设置 %1 中的值不是操作员令牌（令牌形如 &lt;operator&gt;.&lt;secret&gt;，即“billing-api operator add”输出的内容）。</translation>
    </message>
    <message>
        <source>--server needs the operator&apos;s token: give --token-file with a file that holds it, or set the environment variable %1.</source>
        <translation>--server 需要操作员令牌：请用 --token-file 指定存有令牌的文件，或设置环境变量 %1。</translation>
    </message>
    <message>
        <source>--token-file only goes with --server.</source>
        <translation>--token-file 只能与 --server 一起使用。</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s entry &lt;name&gt; as a guided tour: the console opens on a private copy of the demo and shows, step by step, what to do next.</source>
        <translation>以引导式导览播放场景条目 &lt;name&gt;：控制台在演示数据的私有副本上打开，并逐步提示下一步操作。</translation>
    </message>
    <message>
        <source>With --screenshots or --tour: the scenario to play, a built-in name or a JSON file (default: default).</source>
        <translation>与 --screenshots 或 --tour 一起使用：要播放的场景，内置名称或 JSON 文件（默认：default）。</translation>
    </message>
    <message>
        <source>--tour needs the name of a scenario entry, as in --tour purchase-subscription.</source>
        <translation>--tour 需要场景条目的名称，例如 --tour purchase-subscription。</translation>
    </message>
    <message>
        <source>--tour and --screenshots cannot be used together.</source>
        <translation>--tour 与 --screenshots 不能同时使用。</translation>
    </message>
    <message>
        <source>--tour plays on its own copy of the demo: it does not go with --server or --database.</source>
        <translation>--tour 在自己的演示数据副本上运行：不能与 --server 或 --database 一起使用。</translation>
    </message>
    <message>
        <source>--scenario only goes with --screenshots or --tour.</source>
        <translation>--scenario 只能与 --screenshots 或 --tour 一起使用。</translation>
    </message>
    <message>
        <source>--scenario %1: %2</source>
        <translation>--scenario %1：%2</translation>
    </message>
    <message>
        <source>--tour: the scenario has no entry &quot;%1&quot;; its entries: %2.</source>
        <translation>--tour：场景中没有条目“%1”；可用条目：%2。</translation>
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
    <name>CompleteInformationDialog</name>
    <message>
        <source>&amp;Account type:</source>
        <translation>账号类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ConditionsDialog</name>
    <message>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>&amp;Arrears (CNY):</source>
        <translation>欠费（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Cash &amp;balance (CNY):</source>
        <translation>现金余额（元）(&amp;B)：</translation>
    </message>
    <message>
        <source>Over-issued invoices</source>
        <translation>超额开具发票</translation>
    </message>
    <message>
        <source>Payments pending</source>
        <translation>待支付款项</translation>
    </message>
    <message>
        <source>Unpaid taxes</source>
        <translation>未缴税款</translation>
    </message>
    <message>
        <source>Reserved instances</source>
        <translation>预留实例</translation>
    </message>
    <message>
        <source>Contracts pending</source>
        <translation>待处理合同</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Violations or complaints</source>
        <translation>违规或投诉</translation>
    </message>
    <message>
        <source>KooGallery seller</source>
        <translation>云商店商家</translation>
    </message>
    <message>
        <source>HCPN partner (joined a partner program)</source>
        <translation>HCPN 伙伴（已加入伙伴计划）</translation>
    </message>
    <message>
        <source>Special contract</source>
        <translation>特殊合同</translation>
    </message>
    <message>
        <source>Cash spending records</source>
        <translation>现金消费记录</translation>
    </message>
    <message>
        <source>Cloud Trace Service (CTS) enabled</source>
        <translation>已开通云审计服务（CTS）</translation>
    </message>
    <message>
        <source>Orders awaiting the partner&apos;s payment</source>
        <translation>待合作伙伴支付的订单</translation>
    </message>
    <message>
        <source>Resources and contracts</source>
        <translation>资源和合同</translation>
    </message>
    <message>
        <source>A product in the partner support plan</source>
        <translation>有产品在合作伙伴支持计划中</translation>
    </message>
    <message>
        <source>Professional service contract</source>
        <translation>专业服务合同</translation>
    </message>
    <message>
        <source>Programs and website</source>
        <translation>计划和注册网站</translation>
    </message>
    <message>
        <source>Enterprise Center enabled</source>
        <translation>已开通企业中心</translation>
    </message>
    <message>
        <source>In the Cloud Solution Provider Program</source>
        <translation>已加入云解决方案提供商计划</translation>
    </message>
    <message>
        <source>Registered on the Chinese mainland website</source>
        <translation>在中国站注册</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>&amp;Workspace name:</source>
        <translation>工作空间名称(&amp;W)：</translation>
    </message>
    <message>
        <source>Workspace lan&amp;guage:</source>
        <translation>工作空间语言(&amp;G)：</translation>
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
        <source>I have read and agree to the &amp;terms</source>
        <translation>我已阅读并同意相关条款(&amp;T)</translation>
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
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogRetry</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>DisableServicesDialog</name>
    <message>
        <source>Send the code by:</source>
        <translation>验证码发送方式：</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>短信(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Fee-center account</source>
        <translation>费用中心账号</translation>
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
        <source>Not set</source>
        <comment>accountType</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Individual</source>
        <comment>accountType</comment>
        <translation>个人</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <comment>accountType</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Pending real-name authentication</source>
        <comment>authStatus</comment>
        <translation>待实名认证</translation>
    </message>
    <message>
        <source>Under review</source>
        <comment>authStatus</comment>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <comment>authStatus</comment>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>authStatus</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>servicesStatus</comment>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Closed (retention)</source>
        <comment>servicesStatus</comment>
        <translation>已关闭（保留期）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>servicesStatus</comment>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Subscription</source>
        <comment>productKind</comment>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <comment>productKind</comment>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <comment>orderStatus</comment>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>orderStatus</comment>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>orderStatus</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <comment>instanceStatus</comment>
        <translation>开通中</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>instanceStatus</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>instanceStatus</comment>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>instanceStatus</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Setting up</source>
        <comment>organizationStatus</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>organizationStatus</comment>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>workspaceLanguage</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <comment>workspaceLanguage</comment>
        <translation>英文</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>workspaceStatus</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>workspaceStatus</comment>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <comment>workspaceStatus</comment>
        <translation>已解散</translation>
    </message>
    <message>
        <source>Fee-center account</source>
        <comment>settlementMethod</comment>
        <translation>费用中心账号</translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <comment>settlementMethod</comment>
        <translation>华为云账号</translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <comment>settlementMethod</comment>
        <translation>阿里云账号</translation>
    </message>
    <message>
        <source>AWS account</source>
        <comment>settlementMethod</comment>
        <translation>AWS 账号</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>cardStatus</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Used up</source>
        <comment>cardStatus</comment>
        <translation>已用完</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>cardStatus</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Huawei Cloud marketplace purchase</source>
        <comment>purchaseType</comment>
        <translation>华为云云商店购买</translation>
    </message>
    <message>
        <source>Direct purchase</source>
        <comment>purchaseType</comment>
        <translation>直接购买</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>channel</comment>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>channel</comment>
        <translation>短信</translation>
    </message>
    <message>
        <source>Account center</source>
        <translation>账号中心</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Purchased service</source>
        <translation>已购买的服务</translation>
    </message>
    <message>
        <source>App binding</source>
        <translation>应用绑定</translation>
    </message>
    <message>
        <source>App authorization</source>
        <translation>应用授权</translation>
    </message>
    <message>
        <source>Console account</source>
        <translation>控制台账号</translation>
    </message>
    <message>
        <source>Demo clock</source>
        <translation>演示时钟</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>已拒绝（%1）</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>column: email address</comment>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开通时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>column: number of members</comment>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Ready at</source>
        <translation>就绪时间</translation>
    </message>
    <message>
        <source>Authorized</source>
        <comment>column: member authorized</comment>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>column: member may log in</comment>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Bound at</source>
        <translation>绑定时间</translation>
    </message>
    <message>
        <source>Authorized at</source>
        <translation>授权时间</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <comment>column: number of workspaces</comment>
        <translation>工作空间数</translation>
    </message>
    <message>
        <source>Locked at</source>
        <translation>锁定时间</translation>
    </message>
    <message numerus="yes">
        <source>%n stored-value card(s) from order %1 were added to fee-center account %2.</source>
        <translation>
            <numerusform>订单 %1 的 %n 张储值卡已充值到费用中心账号 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enabled</source>
        <comment>servicesStatus</comment>
        <translation>未开通</translation>
    </message>
    <message>
        <source>Chinese mainland</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong (China)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao (China)</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Bound successfully</source>
        <translation>绑定成功</translation>
    </message>
    <message>
        <source>Declined by the bank</source>
        <translation>银行拒绝</translation>
    </message>
    <message>
        <source>Insufficient funds for the 1 USD verification</source>
        <translation>余额不足，无法预扣 1 美元验证金</translation>
    </message>
    <message>
        <source>Identity verification at the bank failed</source>
        <translation>银行身份验证失败</translation>
    </message>
    <message>
        <source>Card bound to your HUAWEI ID</source>
        <translation>银行卡已绑定到您的华为账号</translation>
    </message>
    <message>
        <source>Card binding failed</source>
        <translation>绑卡失败</translation>
    </message>
    <message>
        <source>Card %1 is bound: you can use Huawei Cloud first and pay later. The 1 USD verification hold is returned; when depends on your bank.</source>
        <translation>银行卡 %1 已绑定：您可以先使用华为云，后付费。1 美元验证金将退还，到账时间取决于您的银行。</translation>
    </message>
    <message>
        <source>Card %1 could not be bound: %2. Bind again, or submit a service ticket.</source>
        <translation>银行卡 %1 绑定失败：%2。请重新绑定，或提交工单。</translation>
    </message>
    <message>
        <source>Under review</source>
        <comment>reviewStatus</comment>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>reviewStatus</comment>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>reviewStatus</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>The certificate&apos;s country/region is not the account&apos;s</source>
        <comment>rejectReason</comment>
        <translation>证件国家/地区与账号的不一致</translation>
    </message>
    <message>
        <source>The certificate is expired or not valid</source>
        <comment>rejectReason</comment>
        <translation>证件已过期或无效</translation>
    </message>
    <message>
        <source>The photo is not clear</source>
        <comment>rejectReason</comment>
        <translation>照片不清晰</translation>
    </message>
    <message>
        <source>The name does not match the certificate</source>
        <comment>rejectReason</comment>
        <translation>姓名与证件不符</translation>
    </message>
    <message>
        <source>The number does not match the certificate</source>
        <comment>rejectReason</comment>
        <translation>号码与证件不符</translation>
    </message>
    <message>
        <source>The holding photo breaks its rules (front side, face and arms visible, no headwear)</source>
        <comment>rejectReason</comment>
        <translation>手持照片不合要求（正面、露出面部和手臂、不戴帽子）</translation>
    </message>
    <message>
        <source>The photo is edited or not an original</source>
        <comment>rejectReason</comment>
        <translation>照片经过编辑或非原图</translation>
    </message>
    <message>
        <source>Real-name authentication approved</source>
        <translation>实名认证已通过</translation>
    </message>
    <message>
        <source>Real-name authentication rejected</source>
        <translation>实名认证未通过</translation>
    </message>
    <message>
        <source>The real-name authentication of %1 is approved. You can now buy on KooGallery.</source>
        <translation>%1 的实名认证已通过，现在可以在云商店购买。</translation>
    </message>
    <message>
        <source>The real-name authentication of %1 is rejected: %2. Correct the information and authenticate again.</source>
        <translation>%1 的实名认证未通过：%2。请修改信息后重新认证。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Name on the certificate</source>
        <translation>证件上的名称</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Review due by</source>
        <translation>审核截止</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Non-Chinese driver license</source>
        <translation>非中国大陆驾驶证</translation>
    </message>
    <message>
        <source>Real-name authentication</source>
        <comment>reviewKind</comment>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Change of individual owner</source>
        <comment>reviewKind</comment>
        <translation>变更个人账号所有者</translation>
    </message>
    <message>
        <source>Individual to enterprise (service ticket)</source>
        <comment>reviewKind</comment>
        <translation>个人变更为企业（工单）</translation>
    </message>
    <message>
        <source>Change of enterprise entity</source>
        <comment>reviewKind</comment>
        <translation>变更企业主体</translation>
    </message>
    <message>
        <source>Change of enterprise name</source>
        <comment>reviewKind</comment>
        <translation>变更企业名称</translation>
    </message>
    <message>
        <source>Request for</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Authentication change approved</source>
        <translation>认证变更已通过</translation>
    </message>
    <message>
        <source>Authentication change rejected</source>
        <translation>认证变更未通过</translation>
    </message>
    <message>
        <source>Your request (%1) is approved: the account is now authenticated as %2.</source>
        <translation>您的申请（%1）已通过：该账号现已认证为 %2。</translation>
    </message>
    <message>
        <source>Your request (%1) for %2 is rejected: %3. The previous authentication stays valid.</source>
        <translation>您为 %2 提交的申请（%1）未通过：%3。原认证信息继续有效。</translation>
    </message>
    <message>
        <source>Changing individual authentication</source>
        <comment>ctsOperation</comment>
        <translation>变更个人认证信息</translation>
    </message>
    <message>
        <source>Re-authenticating as an enterprise</source>
        <comment>ctsOperation</comment>
        <translation>以企业身份重新认证</translation>
    </message>
    <message>
        <source>Changing an enterprise name</source>
        <comment>ctsOperation</comment>
        <translation>变更企业名称</translation>
    </message>
    <message>
        <source>Changing an enterprise entity</source>
        <comment>ctsOperation</comment>
        <translation>变更企业主体</translation>
    </message>
    <message>
        <source>Changing a mobile number</source>
        <comment>ctsOperation</comment>
        <translation>修改手机号</translation>
    </message>
    <message>
        <source>Changing an email address</source>
        <comment>ctsOperation</comment>
        <translation>修改邮箱地址</translation>
    </message>
    <message>
        <source>Adding a recipient</source>
        <comment>ctsOperation</comment>
        <translation>添加消息接收人</translation>
    </message>
    <message>
        <source>Changing a recipient</source>
        <comment>ctsOperation</comment>
        <translation>修改消息接收人</translation>
    </message>
    <message>
        <source>Deleting a recipient</source>
        <comment>ctsOperation</comment>
        <translation>删除消息接收人</translation>
    </message>
    <message>
        <source>Trace name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>IT &amp; Internet</source>
        <translation>IT 与互联网</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Internet services</source>
        <translation>互联网服务</translation>
    </message>
    <message>
        <source>IT services</source>
        <translation>IT 服务</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>Other manufacturing</source>
        <translation>其他制造业</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Government &amp; public sector</source>
        <translation>政府与公共事业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>电子商务</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Business license</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Tax registration certificate</source>
        <translation>税务登记证</translation>
    </message>
    <message>
        <source>Organization code certificate</source>
        <translation>组织机构代码证</translation>
    </message>
    <message>
        <source>Check result of closing Huawei Cloud services</source>
        <translation>关闭华为云服务的检查结果</translation>
    </message>
    <message>
        <source>Huawei Cloud services closed</source>
        <translation>华为云服务已关闭</translation>
    </message>
    <message>
        <source>Huawei Cloud services restored</source>
        <translation>华为云服务已恢复</translation>
    </message>
    <message>
        <source>Huawei Cloud services disabled</source>
        <translation>华为云服务已注销</translation>
    </message>
    <message>
        <source>Closing of Huawei Cloud services terminated</source>
        <translation>华为云服务的关闭已终止</translation>
    </message>
    <message>
        <source>Every check passed: you can proceed to close Huawei Cloud services.</source>
        <translation>所有检查均已通过：可以继续关闭华为云服务。</translation>
    </message>
    <message>
        <source>The checks found what must be settled before closing: %1.</source>
        <translation>检查发现关闭前须处理的事项：%1。</translation>
    </message>
    <message>
        <source>Huawei Cloud services are closed. Your data is kept until %1; from %2 you can restore or disable the services.</source>
        <translation>华为云服务已关闭。您的数据保留至 %1；自 %2 起可恢复或注销服务。</translation>
    </message>
    <message>
        <source>Huawei Cloud services are restored: your resources are available again.</source>
        <translation>华为云服务已恢复：您的资源可再次使用。</translation>
    </message>
    <message>
        <source>The retention period ended: Huawei Cloud services are disabled and the data is deleted.</source>
        <translation>保留期已结束：华为云服务已注销，数据已删除。</translation>
    </message>
    <message>
        <source>Huawei Cloud services are disabled; the data is deleted and can no longer be accessed.</source>
        <translation>华为云服务已注销；数据已删除，无法再访问。</translation>
    </message>
    <message>
        <source>Huawei terminated the closing of your Huawei Cloud services (%1). They are enabled again.</source>
        <translation>华为已终止您的华为云服务关闭（%1），服务已重新启用。</translation>
    </message>
    <message>
        <source>Associated with a Huawei Cloud partner</source>
        <translation>已关联华为云合作伙伴</translation>
    </message>
    <message>
        <source>Your partner set a monthly budget</source>
        <translation>合作伙伴已设置月度预算</translation>
    </message>
    <message>
        <source>Your partner requests to disassociate</source>
        <translation>合作伙伴申请解除关联</translation>
    </message>
    <message>
        <source>Disassociated from your partner</source>
        <translation>已与合作伙伴解除关联</translation>
    </message>
    <message>
        <source>Disassociation request refused</source>
        <translation>解除关联申请被拒绝</translation>
    </message>
    <message>
        <source>Invitation to become a member account</source>
        <translation>成为成员账号的邀请</translation>
    </message>
    <message>
        <source>Request to cancel the member association</source>
        <translation>取消成员关联的申请</translation>
    </message>
    <message>
        <source>Your request to a member account was answered</source>
        <translation>成员账号已答复您的申请</translation>
    </message>
    <message>
        <source>Your account is associated with the partner %1 (reseller). It is frozen until the partner sets a monthly budget.</source>
        <translation>您的账号已关联合作伙伴 %1（转售模式）。在合作伙伴设置月度预算之前，账号处于冻结状态。</translation>
    </message>
    <message>
        <source>Your account is associated with the partner %1.</source>
        <translation>您的账号已关联合作伙伴 %1。</translation>
    </message>
    <message>
        <source>Your partner %1 set your monthly budget to %2 CNY: you can buy and use resources again.</source>
        <translation>合作伙伴 %1 已将您的月度预算设置为 %2 元：您可以重新购买和使用资源。</translation>
    </message>
    <message>
        <source>Your partner %1 requests to disassociate from your account (reason: %2). Process the request on My Partner.</source>
        <translation>合作伙伴 %1 申请与您的账号解除关联（原因：%2）。请在“我的合作伙伴”中处理该申请。</translation>
    </message>
    <message>
        <source>Your account is no longer associated with the partner %1.</source>
        <translation>您的账号已不再关联合作伙伴 %1。</translation>
    </message>
    <message>
        <source>Your partner %1 refused your request to disassociate. The association continues.</source>
        <translation>合作伙伴 %1 拒绝了您的解除关联申请，关联关系继续有效。</translation>
    </message>
    <message>
        <source>%1 has invited you to become a member account for enterprise accounting management. Accept or reject it on My Master Account.</source>
        <translation>%1 邀请您成为其企业财务管理的成员账号。请在“我的主账号”中接受或拒绝。</translation>
    </message>
    <message>
        <source>%1 requests to cancel your member association. Accept or reject it on My Master Account.</source>
        <translation>%1 申请取消您的成员关联。请在“我的主账号”中接受或拒绝。</translation>
    </message>
    <message>
        <source>%1 accepted the cancellation of its member association.</source>
        <translation>%1 已接受取消其成员关联。</translation>
    </message>
    <message>
        <source>%1 rejected the cancellation of its member association.</source>
        <translation>%1 已拒绝取消其成员关联。</translation>
    </message>
    <message>
        <source>%1 accepted your invitation and is now a member account.</source>
        <translation>%1 已接受您的邀请，现为成员账号。</translation>
    </message>
    <message>
        <source>%1 rejected your invitation.</source>
        <translation>%1 已拒绝您的邀请。</translation>
    </message>
</context>
<context>
    <name>EditInformationDialog</name>
    <message>
        <source>Address line 1, city, state/province/region, postal code, payment currency and industry are required.</source>
        <translation>地址行 1、城市、州/省/地区、邮政编码、支付币种和行业为必填项。</translation>
    </message>
    <message>
        <source>&amp;Account type:</source>
        <translation>账号类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the enterprise name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>&amp;Qualification name:</source>
        <translation>资质名称(&amp;Q)：</translation>
    </message>
    <message>
        <source>Make sure your qualification name is correct for successful tax processing.</source>
        <translation>请确保资质名称正确，以便顺利完成税务处理。</translation>
    </message>
    <message>
        <source>Qualification &amp;proof:</source>
        <translation>资质证明(&amp;P)：</translation>
    </message>
    <message>
        <source>The VAT registration certificate, which carries the VAT number. Only .doc, .docx, .jpg, .png, .pdf and .odt files are supported. Maximum file size: 5 MB</source>
        <translation>增值税登记证明（载有增值税号）。仅支持 .doc、.docx、.jpg、.png、.pdf 和 .odt 格式的文件，文件大小不超过 5 MB</translation>
    </message>
    <message>
        <source>&amp;Tax identification number:</source>
        <translation>税务登记号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>称谓(&amp;D)：</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>地址行 1(&amp;1)：</translation>
    </message>
    <message>
        <source>Including P.O. box</source>
        <translation>可包含邮政信箱</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>地址行 2(&amp;2)：</translation>
    </message>
    <message>
        <source>Full address here</source>
        <translation>在此填写完整地址</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>市镇(&amp;M)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;State/Province/Region:</source>
        <translation>州/省/地区(&amp;S)：</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>邮政编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Payment c&amp;urrency:</source>
        <translation>支付币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Indust&amp;ry:</source>
        <translation>行业(&amp;R)：</translation>
    </message>
    <message>
        <source>Sec&amp;ondary industry:</source>
        <translation>二级行业(&amp;O)：</translation>
    </message>
    <message>
        <source>Business license</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Tax registration certificate</source>
        <translation>税务登记证</translation>
    </message>
    <message>
        <source>Organization code certificate</source>
        <translation>组织机构代码证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EnableServicesForm</name>
    <message>
        <source>Check the country/region before enabling: it is fixed from then on.</source>
        <translation>开通前请确认国家/地区：开通后将无法更改。</translation>
    </message>
    <message>
        <source>It should match the billing address. It determines the applicable laws, the Huawei Cloud signing entity and the tax rates, and cannot be changed once services are enabled.</source>
        <translation>应与账单地址一致。它决定适用的法律、华为云签约主体和税率，服务开通后不可更改。</translation>
    </message>
</context>
<context>
    <name>EnterpriseConfirmPage</name>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
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
    <message>
        <source>Enter a mobile number or an email address.</source>
        <translation>请输入手机号或邮箱地址。</translation>
    </message>
    <message>
        <source>Bind or create at least one workspace first.</source>
        <translation>请先绑定或创建至少一个工作空间。</translation>
    </message>
    <message>
        <source>This department does not exist in the organization.</source>
        <translation>该部门在此组织中不存在。</translation>
    </message>
    <message>
        <source>This app binding does not exist.</source>
        <translation>该应用绑定不存在。</translation>
    </message>
    <message>
        <source>This product is not in the catalogue.</source>
        <translation>该商品不在商品目录中。</translation>
    </message>
    <message>
        <source>This name is already used here.</source>
        <translation>此名称在这里已被使用。</translation>
    </message>
    <message>
        <source>This is not available in this version yet.</source>
        <translation>此版本暂不支持该功能。</translation>
    </message>
    <message>
        <source>The password could not be secured (out of memory). Try again.</source>
        <translation>无法安全处理密码（内存不足），请重试。</translation>
    </message>
    <message>
        <source>An account with this email already exists on this site.</source>
        <translation>此站点已存在使用该邮箱的账号。</translation>
    </message>
    <message>
        <source>No account with this email exists on this site.</source>
        <translation>此站点不存在使用该邮箱的账号。</translation>
    </message>
    <message>
        <source>The organization is still being set up (1-3 minutes). Members and bindings wait until it is ready.</source>
        <translation>组织仍在初始化（需 1-3 分钟），就绪后才能添加成员和绑定。</translation>
    </message>
    <message>
        <source>A member&apos;s account cannot be changed.</source>
        <translation>成员的账号不可修改。</translation>
    </message>
    <message>
        <source>%1 is already authorized.</source>
        <translation>%1 已授权。</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot be authorized.</source>
        <translation>%1 已停用，无法授权。</translation>
    </message>
    <message>
        <source>This workspace belongs to another fee-center account.</source>
        <translation>该工作空间属于其他费用中心账号。</translation>
    </message>
    <message>
        <source>A workspace with this name already exists here.</source>
        <translation>这里已存在同名的工作空间。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud account ID is 8 to 20 digits.</source>
        <translation>阿里云账号ID为 8 到 20 位数字。</translation>
    </message>
    <message>
        <source>Confirm the subscription on the AWS Marketplace.</source>
        <translation>请确认 AWS Marketplace 上的订阅。</translation>
    </message>
    <message>
        <source>This workspace has no fee-center account to settle through.</source>
        <translation>该工作空间没有可用于结算的费用中心账号。</translation>
    </message>
    <message>
        <source>The workspace already settles through the fee-center account.</source>
        <translation>该工作空间已通过费用中心账号结算。</translation>
    </message>
    <message>
        <source>This settlement method cannot be chosen here.</source>
        <translation>此处不能选择该结算方式。</translation>
    </message>
    <message>
        <source>The workspace already settles through this account and instance.</source>
        <translation>该工作空间已通过此账号和实例结算。</translation>
    </message>
    <message>
        <source>The workspace is locked: unlock it first.</source>
        <translation>该工作空间已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>This order was already redeemed into fee-center account %1; it cannot be recharged twice.</source>
        <translation>该订单已充值到费用中心账号 %1，不能重复充值。</translation>
    </message>
    <message>
        <source>Fee-center and Huawei Cloud settlement need the fee-center account.</source>
        <translation>费用中心结算和华为云账号结算需要费用中心账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL address (%2). Write it as postgresql://user@host:port/database.</source>
        <translation>%1 不是可用的 PostgreSQL 地址（%2）。请写作 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Other operators changed the same records at the same moment, several times over. Try again.</source>
        <translation>其他操作员同时多次修改了相同的记录。请重试。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the database %1: %2</source>
        <translation>无法删除数据库 %1：%2</translation>
    </message>
    <message>
        <source>This tenant name is used by another account (letter case does not count).</source>
        <translation>该租户名已被其他账号使用（不区分大小写）。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the connection and retry.</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应，请检查网络连接后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request: it repeats another operator&apos;s request.</source>
        <translation>服务器拒绝了该请求：它重复了另一位操作员的请求。</translation>
    </message>
    <message>
        <source>The server did not accept your operator token (missing, wrong or revoked). Ask the server&apos;s administrator for a new one.</source>
        <translation>服务器不接受您的操作员令牌（缺失、错误或已吊销）。请向服务器管理员申请新的令牌。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood (HTTP status %1): it may run another version of the billing API. Retry, or ask its administrator.</source>
        <translation>无法理解服务器的响应（HTTP 状态 %1）：服务器可能运行着其他版本的计费 API。请重试，或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The workspace&apos;s Huawei Cloud subscription is frozen on KooGallery; it can be unlocked once it is unfrozen.</source>
        <translation>该工作空间的华为云订阅已在云商店被冻结；解冻后即可解锁。</translation>
    </message>
    <message>
        <source>Order %1 is paid. Its service is not open yet: the marketplace is still delivering the call that opens it, and it appears in Purchased services by itself. Do not buy again.</source>
        <translation>订单 %1 已支付。其服务尚未开通：云商店仍在发送开通它的调用，开通后会自动出现在“已购买的服务”中。请勿重复购买。</translation>
    </message>
    <message>
        <source>A HUAWEI ID with this email address already exists. Log in with it, or sign up with another address.</source>
        <translation>该邮箱地址已注册华为账号。请直接登录，或使用其他地址注册。</translation>
    </message>
    <message>
        <source>Choose a country/region from the list.</source>
        <translation>请从列表中选择国家/地区。</translation>
    </message>
    <message>
        <source>Accept the Huawei Cloud Customer Agreement and Privacy Statement to enable the services, or enable them later.</source>
        <translation>请同意华为云用户协议和隐私政策声明以开通服务，或稍后开通。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are not enabled yet. Enable them first (Enable Huawei Cloud Services).</source>
        <translation>该账号尚未开通华为云服务。请先开通（开通华为云服务）。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are already enabled.</source>
        <translation>该账号已开通华为云服务。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are closed.</source>
        <translation>该账号的华为云服务已注销。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are disabled.</source>
        <translation>该账号的华为云服务已停用。</translation>
    </message>
    <message>
        <source>This is not possible in the account&apos;s Huawei Cloud services state.</source>
        <translation>该账号的华为云服务当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>The mobile number cannot be bound to this account.</source>
        <translation>该手机号无法绑定到此账号。</translation>
    </message>
    <message>
        <source>Accept the service terms to bind the card.</source>
        <translation>请同意服务条款后再绑卡。</translation>
    </message>
    <message>
        <source>This card number is not valid: check the digits (the last one does not match).</source>
        <translation>卡号无效：请检查数字（校验位不匹配）。</translation>
    </message>
    <message>
        <source>Enter the 12 to 19 digits of the card number.</source>
        <translation>请输入 12 到 19 位卡号。</translation>
    </message>
    <message>
        <source>Enter the expiration date as MM/YY, e.g. 08/29.</source>
        <translation>请按 MM/YY 格式输入有效期，例如 08/29。</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>该银行卡已过期。</translation>
    </message>
    <message>
        <source>The security code is the 3 or 4 digits on the card.</source>
        <translation>安全码是卡上的 3 或 4 位数字。</translation>
    </message>
    <message>
        <source>The bank declined the card. Check the card details and bind again, use another card, or submit a service ticket.</source>
        <translation>银行拒绝了该卡。请检查银行卡信息后重新绑定、换一张卡，或提交工单。</translation>
    </message>
    <message>
        <source>The bank could not hold the 1 USD verification deposit (insufficient funds). Bind again later or use another card.</source>
        <translation>银行无法预扣 1 美元验证金（余额不足）。请稍后重新绑定或换一张卡。</translation>
    </message>
    <message>
        <source>Identity verification on the bank&apos;s page failed. Bind again, or submit a service ticket.</source>
        <translation>银行页面的身份验证失败。请重新绑定，或提交工单。</translation>
    </message>
    <message>
        <source>The card cannot be bound.</source>
        <translation>无法绑定该银行卡。</translation>
    </message>
    <message>
        <source>A certificate number is 5 to 30 letters, digits or hyphens.</source>
        <translation>证件号码为 5 到 30 个字母、数字或连字符。</translation>
    </message>
    <message>
        <source>A registration number is 5 to 30 letters, digits or hyphens.</source>
        <translation>注册号为 5 到 30 个字母、数字或连字符。</translation>
    </message>
    <message>
        <source>Enter the enterprise name exactly as on the certificate.</source>
        <translation>请按证件准确填写企业名称。</translation>
    </message>
    <message>
        <source>Upload this material.</source>
        <translation>请上传此材料。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>A Word file cannot be uploaded: convert it to PDF before uploading.</source>
        <translation>不能上传 Word 文件：请先转换为 PDF。</translation>
    </message>
    <message>
        <source>A Word file cannot be uploaded: scan or photograph the document instead.</source>
        <translation>不能上传 Word 文件：请改为扫描或拍摄该文件。</translation>
    </message>
    <message>
        <source>This file type is not accepted here. Upload one of: %1.</source>
        <translation>此处不接受该文件类型。请上传以下类型之一：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s name does not match its content (it is a %1 file). Rename or convert it.</source>
        <translation>文件名与内容不符（实际是 %1 文件）。请重命名或转换。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This material cannot be accepted.</source>
        <translation>不能接受此材料。</translation>
    </message>
    <message numerus="yes">
        <source>This certificate number already authenticates %n account(s), the most it may.</source>
        <translation>
            <numerusform>该证件号码已认证 %n 个账号，已达上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>A real-name authentication of this account is under review. Wait for its result (within three working days).</source>
        <translation>该账号的实名认证正在审核中。请等待结果（三个工作日内）。</translation>
    </message>
    <message>
        <source>This account is already real-name authenticated. Changes go through re-authentication.</source>
        <translation>该账号已完成实名认证。变更需通过重新认证。</translation>
    </message>
    <message>
        <source>This request has already been reviewed.</source>
        <translation>该申请已审核。</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>请选择拒绝原因。</translation>
    </message>
    <message>
        <source>This real-name authentication step is not possible now.</source>
        <translation>当前无法进行此实名认证操作。</translation>
    </message>
    <message>
        <source>Re-authentication is not possible for this account now.</source>
        <translation>该账号当前无法重新认证。</translation>
    </message>
    <message>
        <source>The certificate must be issued by the account&apos;s registration country/region.</source>
        <translation>证件必须由账号注册的国家/地区签发。</translation>
    </message>
    <message>
        <source>Choose a reason from the reviewer&apos;s checklist.</source>
        <translation>请从审核检查项中选择原因。</translation>
    </message>
    <message>
        <source>The master account&apos;s authentication cannot be copied to this member.</source>
        <translation>主账号的认证不能同步到该成员账号。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are not enabled: it cannot buy yet. Sign in to Huawei Cloud and enable them first.</source>
        <translation>该账号尚未开通华为云服务，暂不能购买。请先登录华为云并开通服务。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are closed: it cannot buy until they are restored.</source>
        <translation>该账号的华为云服务已注销，恢复之前不能购买。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are disabled: it can never buy again.</source>
        <translation>该账号的华为云服务已停用，无法再购买。</translation>
    </message>
    <message>
        <source>The account is frozen by its reseller %1 until the reseller sets a monthly budget: it cannot buy.</source>
        <translation>该账号已被其经销商 %1 冻结，在经销商设置月度预算之前不能购买。</translation>
    </message>
    <message>
        <source>The account or the password is wrong.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: signing in is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多，登录已锁定。请 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this kind is bound to the account: choose the other one.</source>
        <translation>该账号未绑定此类联系方式，请选择另一种。</translation>
    </message>
    <message>
        <source>A website account name is 3 to 32 letters, digits, _, - or .</source>
        <translation>网站账号名为 3 到 32 个字母、数字、_、- 或 .。</translation>
    </message>
    <message>
        <source>A website account with this name already exists.</source>
        <translation>已存在同名的网站账号。</translation>
    </message>
    <message>
        <source>This name is already used by another Huawei Cloud account.</source>
        <translation>该名称已被其他华为云账号使用。</translation>
    </message>
    <message>
        <source>This website account is already bound to a HUAWEI ID.</source>
        <translation>该网站账号已绑定华为账号。</translation>
    </message>
    <message>
        <source>A website account is already bound to this HUAWEI ID.</source>
        <translation>该华为账号已绑定网站账号。</translation>
    </message>
    <message>
        <source>Signing in is not possible.</source>
        <translation>无法登录。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are disabled: it can no longer sign in. The HUAWEI ID itself remains.</source>
        <translation>该账号的华为云服务已停用，无法再登录。华为账号本身仍然保留。</translation>
    </message>
    <message>
        <source>This is not possible for an account whose services are closed.</source>
        <translation>服务已注销的账号无法执行此操作。</translation>
    </message>
    <message>
        <source>Re-authentication is for a real-name authenticated account.</source>
        <translation>只有已实名认证的账号才能变更认证。</translation>
    </message>
    <message>
        <source>This change is not for an account of this type.</source>
        <translation>此变更不适用于该类型的账号。</translation>
    </message>
    <message>
        <source>A KooGallery seller cannot change its enterprise entity here: contact the KooGallery operations manager.</source>
        <translation>云商店商家不能在此变更企业主体，请联系云商店运营经理。</translation>
    </message>
    <message>
        <source>A master account invitation between this account and %1 is pending: neither can re-authenticate until it is accepted or cancelled.</source>
        <translation>该账号与 %1 之间有待处理的主账号邀请：在邀请被接受或取消之前，双方都不能变更认证。</translation>
    </message>
    <message>
        <source>This member has its master account&apos;s enterprise information: only the master account (%1) can re-authenticate; its change is copied here.</source>
        <translation>该成员账号与主账号的企业信息相同：只有主账号（%1）可以变更认证，其变更会自动同步到此账号。</translation>
    </message>
    <message>
        <source>An account that joined a partner program (HCPN) cannot be authenticated as an individual.</source>
        <translation>已加入伙伴计划（HCPN）的账号不能进行个人认证。</translation>
    </message>
    <message>
        <source>The account owes %1 CNY: pay the arrears before re-authenticating.</source>
        <translation>该账号欠费 %1 元，请先结清欠款再变更认证。</translation>
    </message>
    <message>
        <source>Confirm that the application form carries the signatures or stamps of both parties.</source>
        <translation>请确认申请表已由双方签字或盖章。</translation>
    </message>
    <message>
        <source>The application form template is a Word file: convert or scan it to PDF before uploading.</source>
        <translation>申请表模板是 Word 文件，请先转换或扫描为 PDF 再上传。</translation>
    </message>
    <message>
        <source>The registration number does not change with the name. To change it, use Change Enterprise Entity.</source>
        <translation>变更企业名称时注册号不变。如需变更注册号，请使用“变更企业主体”。</translation>
    </message>
    <message>
        <source>This is the current enterprise name: enter the new one.</source>
        <translation>这是当前的企业名称，请输入新名称。</translation>
    </message>
    <message>
        <source>Confirm that the statement is stamped with the seal showing the new name (Chinese mainland) or signed (elsewhere).</source>
        <translation>请确认承诺函已加盖新名称的公章（中国大陆）或已签字（其他地区）。</translation>
    </message>
    <message>
        <source>An individual account becomes an enterprise account only by a service ticket with all eight items.</source>
        <translation>个人账号只能通过提交包含全部八项材料的工单变更为企业账号。</translation>
    </message>
    <message>
        <source>The current owner&apos;s materials cannot be accepted.</source>
        <translation>当前所有者的材料无法接受。</translation>
    </message>
    <message>
        <source>Upload the application form as a PDF or an image.</source>
        <translation>请以 PDF 或图片形式上传申请表。</translation>
    </message>
    <message>
        <source>This enterprise name change cannot be accepted.</source>
        <translation>此企业名称变更无法接受。</translation>
    </message>
    <message>
        <source>Start the account name with a letter; use 6 to 32 letters, digits, - and _.</source>
        <translation>账号名须以字母开头，由 6 到 32 个字母、数字、- 和 _ 组成。</translation>
    </message>
    <message>
        <source>This message recipient no longer exists.</source>
        <translation>该消息接收人已不存在。</translation>
    </message>
    <message>
        <source>The tenant name is the same as the login ID: it can be edited only when the two differ.</source>
        <translation>租户名与登录ID相同：仅当两者不同时才能修改租户名。</translation>
    </message>
    <message>
        <source>The tenant name cannot be edited for this account.</source>
        <translation>该账号的租户名不能修改。</translation>
    </message>
    <message>
        <source>The login ID has already been changed once and cannot be changed again.</source>
        <translation>登录ID已修改过一次，不能再次修改。</translation>
    </message>
    <message>
        <source>This is the current login ID: enter the new one.</source>
        <translation>这是当前的登录ID，请输入新的登录ID。</translation>
    </message>
    <message>
        <source>This login ID is already used by another account (letter case does not count).</source>
        <translation>该登录ID已被其他账号使用（不区分大小写）。</translation>
    </message>
    <message>
        <source>Start the login ID with a letter; use 6 to 32 letters, digits, - and _.</source>
        <translation>登录ID须以字母开头，由 6 到 32 个字母、数字、- 和 _ 组成。</translation>
    </message>
    <message>
        <source>The login ID cannot be changed.</source>
        <translation>无法修改登录ID。</translation>
    </message>
    <message>
        <source>The account is real-name authenticated: its name changes only by re-authentication.</source>
        <translation>该账号已完成实名认证：名称只能通过重新认证变更。</translation>
    </message>
    <message>
        <source>A real-name authentication is under review: the name cannot be changed now.</source>
        <translation>实名认证正在审核中，暂时不能修改名称。</translation>
    </message>
    <message>
        <source>The name can be changed only before real-name authentication.</source>
        <translation>只有在实名认证之前才能修改名称。</translation>
    </message>
    <message>
        <source>The account type is already set: change the information with Edit instead.</source>
        <translation>账号类型已设置，请通过“编辑”修改信息。</translation>
    </message>
    <message>
        <source>Choose the account type.</source>
        <translation>请选择账号类型。</translation>
    </message>
    <message>
        <source>Enter the name that goes with the account type.</source>
        <translation>请输入与账号类型对应的名称。</translation>
    </message>
    <message>
        <source>Complete Information is only for an account whose type is not set yet.</source>
        <translation>只有尚未设置账号类型的账号才能完善信息。</translation>
    </message>
    <message>
        <source>Choose a qualification name from the list.</source>
        <translation>请从列表中选择资质名称。</translation>
    </message>
    <message>
        <source>A tax identification number is 5 to 30 letters, digits or hyphens.</source>
        <translation>税务登记号由 5 到 30 个字母、数字或连字符组成。</translation>
    </message>
    <message>
        <source>Upload the qualification proof as a DOC, DOCX, JPG, PNG, PDF or ODT file of at most 5 MB.</source>
        <translation>请上传不超过 5 MB 的 DOC、DOCX、JPG、PNG、PDF 或 ODT 格式的资质证明文件。</translation>
    </message>
    <message>
        <source>Choose the payment currency.</source>
        <translation>请选择支付币种。</translation>
    </message>
    <message>
        <source>Choose the industry.</source>
        <translation>请选择行业。</translation>
    </message>
    <message>
        <source>This part of the contact address is required.</source>
        <translation>联系地址的此项为必填项。</translation>
    </message>
    <message>
        <source>Enter a postal code of 2 to 12 letters, digits, spaces or hyphens.</source>
        <translation>请输入由 2 到 12 个字母、数字、空格或连字符组成的邮政编码。</translation>
    </message>
    <message>
        <source>Choose CNY, USD or EUR.</source>
        <translation>请选择人民币（CNY）、美元（USD）或欧元（EUR）。</translation>
    </message>
    <message>
        <source>Complete the contact address, the payment currency and the industry.</source>
        <translation>请填写完整的联系地址、支付币种和行业。</translation>
    </message>
    <message>
        <source>This industry has secondary industries: choose one.</source>
        <translation>该行业下有二级行业，请选择一个。</translation>
    </message>
    <message>
        <source>Choose an industry from the list.</source>
        <translation>请从列表中选择行业。</translation>
    </message>
    <message>
        <source>Choose a secondary industry of the chosen industry.</source>
        <translation>请选择所选行业下的二级行业。</translation>
    </message>
    <message>
        <source>Nothing of this kind is bound to the HUAWEI ID: verify your identity with the other one.</source>
        <translation>华为账号未绑定此项，请使用另一种方式验证身份。</translation>
    </message>
    <message>
        <source>This is the current one: enter the new one.</source>
        <translation>这是当前使用的值，请输入新的值。</translation>
    </message>
    <message>
        <source>Verify your identity, then the new mobile number or email address, each with its code.</source>
        <translation>请先验证身份，再验证新的手机号或邮箱地址，每一步都需输入各自的验证码。</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>Nothing of this kind is bound to the HUAWEI ID: choose the other one.</source>
        <translation>华为账号未绑定此项，请选择另一种方式。</translation>
    </message>
    <message>
        <source>The password cannot be changed.</source>
        <translation>无法修改密码。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are not closed: there is nothing to restore.</source>
        <translation>该账号的华为云服务未关闭，无需恢复。</translation>
    </message>
    <message>
        <source>Services can be restored from %1, 24 hours after they were closed.</source>
        <translation>服务关闭 24 小时后（%1 起）才能恢复。</translation>
    </message>
    <message>
        <source>The retention period is over: the services can no longer be restored.</source>
        <translation>保留期已结束，服务无法再恢复。</translation>
    </message>
    <message>
        <source>Something changed since the check (%1): run the check again before closing.</source>
        <translation>检查后情况有变（%1），请重新检查后再关闭。</translation>
    </message>
    <message>
        <source>Accept the Terms and Conditions on Disabling of Huawei Cloud Services to go on.</source>
        <translation>请同意《华为云服务注销条款》后继续。</translation>
    </message>
    <message>
        <source>Choose why you close Huawei Cloud services.</source>
        <translation>请选择关闭华为云服务的原因。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are not enabled: there is nothing to close.</source>
        <translation>该账号未开通华为云服务，无需关闭。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are already closed.</source>
        <translation>该账号的华为云服务已关闭。</translation>
    </message>
    <message>
        <source>Huawei Cloud services of this account are disabled for good.</source>
        <translation>该账号的华为云服务已永久注销。</translation>
    </message>
    <message>
        <source>The HUAWEI ID has no such contact to send the code to: choose the other one.</source>
        <translation>该华为帐号未绑定此联系方式，无法发送验证码，请选择另一种方式。</translation>
    </message>
    <message>
        <source>Only the HUAWEI ID holder can close Huawei Cloud services, while they are enabled.</source>
        <translation>仅华为帐号持有人可在服务开通期间关闭华为云服务。</translation>
    </message>
    <message>
        <source>This is not the last check of the account: run the check again.</source>
        <translation>这不是该账号最近一次检查，请重新检查。</translation>
    </message>
    <message>
        <source>This check failed, which ended the application: fix the failed items and submit a new one.</source>
        <translation>本次检查未通过，申请已结束：请处理未通过项后重新提交申请。</translation>
    </message>
    <message>
        <source>This check has already closed the services.</source>
        <translation>该检查已用于关闭服务。</translation>
    </message>
    <message>
        <source>The services can be closed only with the last check, when it passed.</source>
        <translation>只有最近一次检查通过后才能关闭服务。</translation>
    </message>
    <message>
        <source>Tick that you understand all data will be deleted to disable the services.</source>
        <translation>请勾选您已了解所有数据将被删除，才能注销服务。</translation>
    </message>
    <message>
        <source>Close Huawei Cloud services first: only closed services can be disabled.</source>
        <translation>请先关闭华为云服务：只有已关闭的服务才能注销。</translation>
    </message>
    <message>
        <source>Services can be disabled from %1, 24 hours after they were closed.</source>
        <translation>服务关闭 24 小时后（%1 起）才能注销。</translation>
    </message>
    <message>
        <source>The retention period is over: the services are disabled automatically.</source>
        <translation>保留期已结束，服务将被自动注销。</translation>
    </message>
    <message>
        <source>Services cannot be disabled while anything is owed (%1): settle it first.</source>
        <translation>存在未结清款项（%1）时无法注销服务，请先结清。</translation>
    </message>
    <message>
        <source>Disabling Huawei Cloud services is not possible now.</source>
        <translation>目前无法注销华为云服务。</translation>
    </message>
    <message>
        <source>Only a closing during its retention period can be terminated.</source>
        <translation>只能终止处于保留期内的关闭流程。</translation>
    </message>
    <message>
        <source>This closing cannot be terminated.</source>
        <translation>无法终止该关闭流程。</translation>
    </message>
    <message>
        <source>No partner invitation has this link or token. Check it, or ask the partner for a new invitation link.</source>
        <translation>没有与此链接或令牌对应的合作伙伴邀请。请检查后重试，或向合作伙伴索取新的邀请链接。</translation>
    </message>
    <message>
        <source>A website address cannot contain spaces.</source>
        <translation>网站地址不能包含空格。</translation>
    </message>
    <message numerus="yes">
        <source>A partner has at most %n contact card(s).</source>
        <translation>
            <numerusform>合作伙伴最多有 %n 张联系人卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is suspended with its master account %1, whose Huawei Cloud services are closed or disabled: it cannot buy.</source>
        <translation>主账号 %1 的华为云服务已关闭或注销，该账号随之暂停，无法购买。</translation>
    </message>
    <message>
        <source>The monthly budget must be more than 0 and at most %1 CNY.</source>
        <translation>月度预算必须大于 0 且不超过 %1 元。</translation>
    </message>
    <message>
        <source>This account is not associated with a partner.</source>
        <translation>该账号未关联合作伙伴。</translation>
    </message>
    <message>
        <source>Only a reseller partner sets a monthly budget for its customer; this association is a referral one.</source>
        <translation>只有转售合作伙伴才能为客户设置月度预算；该关联为推荐模式。</translation>
    </message>
    <message>
        <source>The monthly budget cannot be set for this account.</source>
        <translation>无法为该账号设置月度预算。</translation>
    </message>
    <message>
        <source>This account is not associated with a partner: there is nothing to disassociate from.</source>
        <translation>该账号未关联合作伙伴，无需解除关联。</translation>
    </message>
    <message>
        <source>The account is associated with an enterprise master or member account: dissociate first, then check again.</source>
        <translation>该账号已关联企业主账号或成员账号：请先解除关联，然后重新检查。</translation>
    </message>
    <message>
        <source>The account is a master account with independent accounting members: remove them all first, then check again.</source>
        <translation>该账号是有独立核算成员账号的主账号：请先移除全部成员账号，然后重新检查。</translation>
    </message>
    <message>
        <source>The account is in arrears: ask the partner to raise the credit to write them off, then check again.</source>
        <translation>该账号存在欠费：请联系合作伙伴提高信用额度以冲抵欠费，然后重新检查。</translation>
    </message>
    <message>
        <source>The account has unexpired reserved instances: unsubscribe from them first, then check again.</source>
        <translation>该账号有未到期的预留实例：请先退订，然后重新检查。</translation>
    </message>
    <message>
        <source>The account has a product in the partner support plan: unsubscribe first, then check again.</source>
        <translation>该账号有合作伙伴支持计划中的产品：请先退订，然后重新检查。</translation>
    </message>
    <message>
        <source>No currency is set for the account: set it in the account center, then check again.</source>
        <translation>该账号未设置币种：请在账号中心设置，然后重新检查。</translation>
    </message>
    <message>
        <source>The account has an effective special commerce contract: settle it with the partner offline, then check again.</source>
        <translation>该账号有生效中的特殊商务合同：请与合作伙伴线下协商处理，然后重新检查。</translation>
    </message>
    <message>
        <source>Orders are waiting for the partner to pay: cancel them, or have the partner pay them, then check again.</source>
        <translation>有订单等待合作伙伴支付：请取消这些订单或由合作伙伴支付，然后重新检查。</translation>
    </message>
    <message>
        <source>Only one disassociation request is allowed every 3 months: the next one is possible from %1.</source>
        <translation>每 3 个月只能申请一次解除关联：下次申请最早可于 %1 提交。</translation>
    </message>
    <message>
        <source>The account cannot ask to disassociate from its partner yet: fix the items of the check and check again.</source>
        <translation>该账号暂时无法申请与合作伙伴解除关联：请处理检查中的各项问题后重新检查。</translation>
    </message>
    <message>
        <source>An account registered on the Chinese mainland website cannot be associated with a partner.</source>
        <translation>在中国站注册的账号无法关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account is already associated with a partner.</source>
        <translation>该账号已关联合作伙伴。</translation>
    </message>
    <message>
        <source>An account that signed a special contract cannot be associated with a partner.</source>
        <translation>签署了特殊合同的账号无法关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account was registered more than 7 days ago: it can no longer be associated with a partner.</source>
        <translation>该账号注册已超过 7 天，无法再关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account has cash expenditure records: it cannot be associated with a partner.</source>
        <translation>该账号有现金消费记录，无法关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account has unpaid bills: pay them before associating with a partner.</source>
        <translation>该账号有未支付的账单：请先支付，再关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account takes part in unified accounting with an enterprise master account: it cannot be associated with a partner.</source>
        <translation>该账号与企业主账号处于统一核算关系，无法关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account cannot be associated with a partner.</source>
        <translation>该账号无法关联合作伙伴。</translation>
    </message>
    <message>
        <source>An account that signed a professional service contract cannot be associated with a reseller partner.</source>
        <translation>签署了专业服务合同的账号无法关联转售合作伙伴。</translation>
    </message>
    <message>
        <source>An account with valid reserved instances cannot be associated with a reseller partner.</source>
        <translation>有有效预留实例的账号无法关联转售合作伙伴。</translation>
    </message>
    <message>
        <source>An enterprise member account cannot be associated with a reseller partner.</source>
        <translation>企业成员账号无法关联转售合作伙伴。</translation>
    </message>
    <message>
        <source>A master account with independent accounting members cannot be associated with a reseller partner.</source>
        <translation>有独立核算成员账号的主账号无法关联转售合作伙伴。</translation>
    </message>
    <message>
        <source>The account cannot be associated with a reseller partner.</source>
        <translation>该账号无法关联转售合作伙伴。</translation>
    </message>
    <message>
        <source>Read and agree with the Instructions for Associating with a Huawei Cloud Partner to go on.</source>
        <translation>请阅读并同意《华为云合作伙伴关联须知》后继续。</translation>
    </message>
    <message>
        <source>Agree to the Huawei Cloud Customer Agreement, Privacy Statement and Instructions for Associating with Huawei Cloud Partner to enable.</source>
        <translation>请同意《华为云用户协议》《隐私政策声明》和《华为云合作伙伴关联须知》后开通。</translation>
    </message>
    <message>
        <source>An existing account can associate only through an online invitation link: ask the partner for one, or register a new account.</source>
        <translation>已有账号只能通过在线邀请链接关联：请向合作伙伴索取，或注册新账号。</translation>
    </message>
    <message>
        <source>Association needs the partner&apos;s invitation link.</source>
        <translation>关联需要合作伙伴的邀请链接。</translation>
    </message>
    <message>
        <source>Tick that you understand the statement and confirm to disassociate from the partner account.</source>
        <translation>请勾选已了解上述声明并确认与合作伙伴账号解除关联。</translation>
    </message>
    <message>
        <source>Give the reason for the disassociation.</source>
        <translation>请填写解除关联的原因。</translation>
    </message>
    <message>
        <source>A disassociation request is already waiting to be processed.</source>
        <translation>已有一个解除关联申请等待处理。</translation>
    </message>
    <message>
        <source>The account has no service mobile number or security phone to send the SMS verification code to: bind one first.</source>
        <translation>该账号没有可接收短信验证码的服务手机号或安全手机号：请先绑定。</translation>
    </message>
    <message>
        <source>No disassociation request is waiting to be processed.</source>
        <translation>没有等待处理的解除关联申请。</translation>
    </message>
    <message>
        <source>A disassociation request is processed by the other side, not by the one who asked.</source>
        <translation>解除关联申请由另一方处理，而不是由申请方处理。</translation>
    </message>
    <message>
        <source>This disassociation request cannot be processed.</source>
        <translation>无法处理该解除关联申请。</translation>
    </message>
    <message>
        <source>No invitation or cancellation request is waiting for an answer.</source>
        <translation>没有等待答复的邀请或取消关联申请。</translation>
    </message>
    <message>
        <source>Only an association can be cancelled: this member has not accepted an invitation, or a cancellation is already requested.</source>
        <translation>只能取消已生效的关联：该成员账号尚未接受邀请，或已申请取消关联。</translation>
    </message>
    <message>
        <source>The member account answers this request.</source>
        <translation>该申请由成员账号答复。</translation>
    </message>
    <message>
        <source>Only an enterprise account can be a master account.</source>
        <translation>只有企业账号才能成为主账号。</translation>
    </message>
    <message>
        <source>A master account must be real-name authenticated first.</source>
        <translation>主账号须先完成实名认证。</translation>
    </message>
    <message>
        <source>A master account must enable Enterprise Center first.</source>
        <translation>主账号须先开通企业中心。</translation>
    </message>
    <message>
        <source>An account in the Cloud Solution Provider Program cannot be a master account.</source>
        <translation>已加入云解决方案提供商计划的账号不能成为主账号。</translation>
    </message>
    <message>
        <source>A master account cannot invite itself.</source>
        <translation>主账号不能邀请自己。</translation>
    </message>
    <message>
        <source>This account is a master account with members of its own: it cannot become a member account.</source>
        <translation>该账号本身是有成员账号的主账号，不能成为成员账号。</translation>
    </message>
    <message>
        <source>This account is already invited by or associated with a master account.</source>
        <translation>该账号已被主账号邀请或已与主账号关联。</translation>
    </message>
    <message>
        <source>Only the member&apos;s own master account can ask to cancel the association.</source>
        <translation>只有该成员账号自己的主账号才能申请取消关联。</translation>
    </message>
    <message>
        <source>Read and agree to the Huawei Cloud Account Management Agreement to accept.</source>
        <translation>请阅读并同意《华为云账号管理协议》后接受。</translation>
    </message>
    <message>
        <source>Only an enterprise master account (authenticated, Enterprise Center enabled) starts an association or a cancellation.</source>
        <translation>只有企业主账号（已实名认证并开通企业中心）才能发起关联或取消关联。</translation>
    </message>
</context>
<context>
    <name>ExistingFeeCenterPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Fee-center &amp;username:</source>
        <translation>费用中心用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>FeeCenterChoicePage</name>
    <message>
        <source>&amp;No fee-center account: register the Commercial Plan</source>
        <translation>没有费用中心账号：注册商业版(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Existing fee-center account: bind it</source>
        <translation>已有费用中心账号：绑定(&amp;E)</translation>
    </message>
</context>
<context>
    <name>GuideWriter</name>
    <message>
        <source>One section per task; in each picture the red frame marks the control to use next, and its number is the step.</source>
        <translation>每个任务一节；每张图中红框标出下一步要操作的控件，编号即步骤号。</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Picture without marks</source>
        <translation>无标注的图片</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Printable handbook (PDF)</source>
        <translation>可打印手册（PDF）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Step-by-step guide (web page)</source>
        <translation>分步指南（网页）</translation>
    </message>
</context>
<context>
    <name>HandbookWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF writer cannot start</source>
        <translation>无法启动 PDF 写入</translation>
    </message>
    <message>
        <source>Printable handbook</source>
        <translation>可打印手册</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>cannot read the picture %1</source>
        <translation>无法读取图片 %1</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>PDF 写入失败</translation>
    </message>
    <message>
        <source>the PDF&apos;s creation date cannot be removed</source>
        <translation>无法移除 PDF 的创建日期</translation>
    </message>
</context>
<context>
    <name>HistoricalCards</name>
    <message>
        <source>Historical cards</source>
        <translation>历史绑卡记录</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
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
        <source>Login ID:</source>
        <translation>登录ID：</translation>
    </message>
    <message>
        <source>Country/Region:</source>
        <translation>国家/地区：</translation>
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
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>View/&amp;Change…</source>
        <translation>查看/变更(&amp;C)…</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Bound card:</source>
        <translation>已绑定银行卡：</translation>
    </message>
    <message>
        <source>Post-payment:</source>
        <translation>后付费：</translation>
    </message>
    <message>
        <source>Historical Cards</source>
        <translation>历史绑卡记录</translation>
    </message>
    <message>
        <source>Simulation:</source>
        <translation>模拟：</translation>
    </message>
    <message>
        <source>Simulated c&amp;onditions…</source>
        <translation>模拟条件(&amp;O)…</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>HUAWEI ID Information</source>
        <translation>华为账号信息</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Mobile Number:</source>
        <translation>手机号码：</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>邮箱地址：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Huawei Cloud Tenant Information</source>
        <translation>华为云租户信息</translation>
    </message>
    <message>
        <source>Complete &amp;Information…</source>
        <translation>完善信息(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>开通时间：</translation>
    </message>
    <message>
        <source>Account Type:</source>
        <translation>账号类型：</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Tax Identification Number:</source>
        <translation>税务登记号：</translation>
    </message>
    <message>
        <source>Qualification Name:</source>
        <translation>资质名称：</translation>
    </message>
    <message>
        <source>Designation:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Contact Address:</source>
        <translation>联系地址：</translation>
    </message>
    <message>
        <source>Tenant Name:</source>
        <translation>租户名：</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Service Mobile Number:</source>
        <translation>服务手机号码：</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>Service Email Address:</source>
        <translation>服务邮箱地址：</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Authentication Status:</source>
        <translation>认证状态：</translation>
    </message>
    <message>
        <source>&amp;Authenticate…</source>
        <translation>实名认证(&amp;A)…</translation>
    </message>
    <message>
        <source>Security Credentials:</source>
        <translation>安全凭证：</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Huawei Cloud services</source>
        <translation>华为云服务</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息接收</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>CTS traces</source>
        <translation>CTS 事件</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Disable Huawei Cloud Services</source>
        <translation>注销华为云服务</translation>
    </message>
    <message>
        <source>Close &amp;Huawei Cloud Services…</source>
        <translation>关闭华为云服务(&amp;H)…</translation>
    </message>
    <message>
        <source>View Last Check &amp;Result…</source>
        <translation>查看上次检查结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Rest&amp;ore Huawei Cloud Services…</source>
        <translation>恢复华为云服务(&amp;O)…</translation>
    </message>
    <message>
        <source>Disable Huawei Cloud Ser&amp;vices…</source>
        <translation>注销华为云服务(&amp;V)…</translation>
    </message>
    <message>
        <source>Terminate closin&amp;g (act as Huawei)…</source>
        <translation>终止关闭（模拟华为）(&amp;G)…</translation>
    </message>
    <message>
        <source>My Partner</source>
        <translation>我的合作伙伴</translation>
    </message>
    <message>
        <source>My Master Account</source>
        <translation>我的主账号</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
</context>
<context>
    <name>HuaweiIdManageDialog</name>
    <message>
        <source>Login ID:</source>
        <translation>登录ID：</translation>
    </message>
    <message>
        <source>New &amp;login ID:</source>
        <translation>新登录ID(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hange login ID</source>
        <translation>修改登录ID(&amp;H)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Security phone:</source>
        <translation>安全手机号：</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>邮箱地址：</translation>
    </message>
</context>
<context>
    <name>HuaweiLoginBindPage</name>
    <message>
        <source>Website account:</source>
        <translation>网站账号：</translation>
    </message>
    <message>
        <source>Bind an &amp;existing Huawei Cloud account</source>
        <translation>绑定已有华为云账号(&amp;E)</translation>
    </message>
    <message>
        <source>Mobile number, email, login &amp;ID or account name:</source>
        <translation>手机号、邮箱、登录 ID 或账号名(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create a new Huawei Cloud account and bind it</source>
        <translation>创建新的华为云账号并绑定(&amp;C)</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账号名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>HuaweiLoginCodePage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Send the code to:</source>
        <translation>验证码发送至：</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>短信(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>HuaweiLoginDonePage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号 ID：</translation>
    </message>
    <message>
        <source>Huawei Cloud services:</source>
        <translation>华为云服务：</translation>
    </message>
    <message>
        <source>Website account:</source>
        <translation>网站账号：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本设备：</translation>
    </message>
</context>
<context>
    <name>HuaweiLoginPage</name>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>&amp;HUAWEI ID</source>
        <translation>华为账号(&amp;H)</translation>
    </message>
    <message>
        <source>Huawei &amp;website account</source>
        <translation>华为网站账号(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Mobile number, email, login ID or account name:</source>
        <translation>手机号、邮箱、登录 ID 或账号名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Website &amp;account name:</source>
        <translation>网站账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>Website pass&amp;word:</source>
        <translation>网站密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>HuaweiLoginTrustPage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本设备：</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trust</source>
        <translation>不信任(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LastCheckDialog</name>
    <message>
        <source>Checked at:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
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
    <name>LoginPage</name>
    <message>
        <source>Unified login address:</source>
        <translation>统一登录地址：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
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
    <message>
        <source>&amp;Guided tour…</source>
        <translation>引导式导览(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>MasterInviteDialog</name>
    <message>
        <source>Master account:</source>
        <translation>主账号：</translation>
    </message>
    <message>
        <source>Member &amp;account ID:</source>
        <translation>成员账号ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Accounting:</source>
        <translation>核算方式：</translation>
    </message>
</context>
<context>
    <name>MasterRequestDialog</name>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号ID：</translation>
    </message>
    <message>
        <source>Enterprise Name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Accounting:</source>
        <translation>核算方式：</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>影响</translation>
    </message>
</context>
<context>
    <name>MasterText</name>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>已请求取消关联</translation>
    </message>
    <message>
        <source>Invitation rejected</source>
        <translation>已拒绝邀请</translation>
    </message>
    <message>
        <source>Association cancelled</source>
        <translation>已取消关联</translation>
    </message>
    <message>
        <source>Unified accounting</source>
        <translation>统一核算</translation>
    </message>
    <message>
        <source>Independent accounting</source>
        <translation>独立核算</translation>
    </message>
    <message>
        <source>The master account pays the member account&apos;s spending.</source>
        <translation>由主账号支付成员账号的消费。</translation>
    </message>
    <message>
        <source>The member account pays its own spending.</source>
        <translation>由成员账号自行支付消费。</translation>
    </message>
    <message>
        <source>Cancellation request</source>
        <translation>取消关联请求</translation>
    </message>
    <message>
        <source>Association invitation</source>
        <translation>关联邀请</translation>
    </message>
    <message>
        <source>%1 has requested to cancel its association with your account. Accept to stop being its member account, or reject to stay associated.</source>
        <translation>%1 请求解除与您账号的关联。接受后您将不再是其成员账号；拒绝则保持关联。</translation>
    </message>
    <message>
        <source>%1 has invited you to become a member account for enterprise accounting management.</source>
        <translation>%1 邀请您成为其成员账号，进行企业财务管理。</translation>
    </message>
    <message>
        <source>The master account pays for this account&apos;s spending and requests its invoices.</source>
        <translation>主账号为此账号的消费付款，并为其申请发票。</translation>
    </message>
    <message>
        <source>The master account views and manages this account&apos;s spending and allocates budgets to it.</source>
        <translation>主账号查看并管理此账号的消费，并为其分配预算。</translation>
    </message>
    <message>
        <source>This account&apos;s cash balance can no longer buy cloud services, but it can be withdrawn.</source>
        <translation>此账号的现金余额不能再用于购买云服务，但可以提现。</translation>
    </message>
    <message>
        <source>Cash coupons pay only for spending from before the association; what is left of them cannot be used while the account is associated.</source>
        <translation>现金券仅可支付关联之前的消费；关联期间剩余的现金券不可使用。</translation>
    </message>
    <message>
        <source>This account is suspended if the master account is suspended.</source>
        <translation>主账号被暂停时，此账号也随之暂停。</translation>
    </message>
    <message>
        <source>In effect once you accept the invitation:</source>
        <translation>接受邀请后生效：</translation>
    </message>
    <message>
        <source>In effect while this account is associated:</source>
        <translation>关联期间生效：</translation>
    </message>
    <message>
        <source>Pay for this account&apos;s spending and request its invoices</source>
        <translation>为此账号的消费付款并申请发票</translation>
    </message>
    <message>
        <source>View this account&apos;s spending and allocate budgets to it</source>
        <translation>查看此账号的消费并为其分配预算</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>New de&amp;partment…</source>
        <translation>新建部门(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>初始密码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>MyMasterAccountPanel</name>
    <message>
        <source>&amp;Accept…</source>
        <translation>接受(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号ID：</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Enterprise Name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Accounting:</source>
        <translation>核算方式：</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请时间：</translation>
    </message>
    <message>
        <source>Associated since:</source>
        <translation>关联时间：</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Member Accounts</source>
        <translation>成员账号</translation>
    </message>
    <message>
        <source>Act as the master account (simulation)</source>
        <translation>以主账号身份操作（模拟）</translation>
    </message>
    <message>
        <source>&amp;Invite a member…</source>
        <translation>邀请成员(&amp;I)…</translation>
    </message>
    <message>
        <source>Request &amp;cancellation…</source>
        <translation>请求取消关联(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MyPartnerPanel</name>
    <message>
        <source>&amp;Process…</source>
        <translation>处理(&amp;P)…</translation>
    </message>
    <message>
        <source>My Partner</source>
        <translation>我的合作伙伴</translation>
    </message>
    <message>
        <source>Enterprise Name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Cooperation Status:</source>
        <translation>合作状态：</translation>
    </message>
    <message>
        <source>Cooperation Model:</source>
        <translation>合作模式：</translation>
    </message>
    <message>
        <source>Enterprise Information:</source>
        <translation>企业信息：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Associated:</source>
        <translation>关联时间：</translation>
    </message>
    <message>
        <source>Monthly Budget:</source>
        <translation>月度预算：</translation>
    </message>
    <message>
        <source>Perform Operations on Customers&apos; Behalf:</source>
        <translation>代客户操作：</translation>
    </message>
    <message>
        <source>Protocol Content:</source>
        <translation>协议内容：</translation>
    </message>
    <message>
        <source>&amp;Read the Notice…</source>
        <translation>阅读须知(&amp;R)…</translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>More Operations</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>&amp;Disassociate…</source>
        <translation>解除关联(&amp;D)…</translation>
    </message>
    <message>
        <source>Operation &amp;Log…</source>
        <translation>操作日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Act as the Partner (operator simulation)</source>
        <translation>扮演合作伙伴（操作员模拟）</translation>
    </message>
    <message>
        <source>Create &amp;Invitation…</source>
        <translation>创建邀请(&amp;I)…</translation>
    </message>
    <message>
        <source>Set Monthly &amp;Budget…</source>
        <translation>设置月度预算(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;quest Disassociation…</source>
        <translation>申请解除关联(&amp;Q)…</translation>
    </message>
    <message>
        <source>A&amp;gree to Disassociate</source>
        <translation>同意解除关联(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;fuse to Disassociate</source>
        <translation>拒绝解除关联(&amp;F)</translation>
    </message>
</context>
<context>
    <name>OrgAuthorizationPage</name>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>I agree to the &amp;terms of the app authorization</source>
        <translation>我同意应用授权的相关条款(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OrgBindingPage</name>
    <message>
        <source>&amp;Bind organization</source>
        <translation>绑定组织(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>OrgDonePage</name>
    <message>
        <source>Unified login address:</source>
        <translation>统一登录地址：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;Outbox</source>
        <translation>打开发件箱(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OrgMembersPage</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OrgProgressPage</name>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Setup progress:</source>
        <translation>初始化进度：</translation>
    </message>
    <message>
        <source>Ready at:</source>
        <translation>就绪时间：</translation>
    </message>
    <message>
        <source>+1 &amp;minute</source>
        <translation>+1 分钟(&amp;M)</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 小时(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OrgSetupPage</name>
    <message>
        <source>&amp;Owner (Huawei Cloud account):</source>
        <translation>所有者（华为云账号）(&amp;O)：</translation>
    </message>
    <message>
        <source>Set up a &amp;new enterprise</source>
        <translation>新建企业(&amp;N)</translation>
    </message>
    <message>
        <source>Use an e&amp;xisting organization of this owner</source>
        <translation>使用该所有者的已有组织(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise name:</source>
        <translation>企业名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>企业简称(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PartnerBudgetDialog</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Current monthly budget:</source>
        <translation>当前月度预算：</translation>
    </message>
    <message>
        <source>&amp;Monthly budget (CNY):</source>
        <translation>月度预算（人民币）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>PartnerDisassociateDialog</name>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>申请限制：</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>PartnerEnablePage</name>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>HUAWEI ID:</source>
        <translation>华为账号：</translation>
    </message>
</context>
<context>
    <name>PartnerFinishPage</name>
    <message>
        <source>HUAWEI ID:</source>
        <translation>华为账号：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账号ID：</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Cooperation model:</source>
        <translation>合作模式：</translation>
    </message>
    <message>
        <source>Cooperation status:</source>
        <translation>合作状态：</translation>
    </message>
    <message>
        <source>Associated:</source>
        <translation>关联时间：</translation>
    </message>
    <message>
        <source>Perform Operations on Customers&apos; Behalf:</source>
        <translation>代客户操作：</translation>
    </message>
</context>
<context>
    <name>PartnerInstructionsPage</name>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Cooperation model:</source>
        <translation>合作模式：</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>邀请：</translation>
    </message>
    <message>
        <source>Instructions for Associating with a Huawei Cloud Partner</source>
        <translation>华为云伙伴关联须知</translation>
    </message>
    <message>
        <source>Associate:</source>
        <translation>关联方式：</translation>
    </message>
    <message>
        <source>&amp;Register and Associate</source>
        <translation>注册并关联(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log In and Associate</source>
        <translation>登录并关联(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PartnerInvitationDialog</name>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enterprise &amp;information:</source>
        <translation>企业信息(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Cooperation &amp;model:</source>
        <translation>合作模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Contact 1</source>
        <translation>联系人 1</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Contact 2</source>
        <translation>联系人 2</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>邀请：</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Cop&amp;y Link</source>
        <translation>复制链接(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Associate with This Invitation…</source>
        <translation>使用此邀请关联(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PartnerLoginPage</name>
    <message>
        <source>&amp;Account name or email:</source>
        <translation>账号名或邮箱(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PartnerProcessDialog</name>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请时间：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>您的答复：</translation>
    </message>
    <message>
        <source>&amp;Agree to disassociate</source>
        <translation>同意解除关联(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PartnerRequestDialog</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PartnerText</name>
    <message>
        <source>The account was registered on the Chinese mainland Huawei Cloud website.</source>
        <translation>该账号注册于华为云中国站。</translation>
    </message>
    <message>
        <source>The account is already associated with the partner %1.</source>
        <translation>该账号已关联合作伙伴 %1。</translation>
    </message>
    <message>
        <source>The account is already associated with a partner.</source>
        <translation>该账号已关联合作伙伴。</translation>
    </message>
    <message>
        <source>The account has a special contract with Huawei Cloud (offline directly signed, authorized telemarketing with discounts, or a directly signed special offer).</source>
        <translation>该账号与华为云签有特殊合同（线下直签、授权电销折扣或直签特价）。</translation>
    </message>
    <message>
        <source>The account was registered more than 7 days ago (on %1).</source>
        <translation>该账号注册已超过 7 天（注册于 %1）。</translation>
    </message>
    <message>
        <source>The account was registered more than 7 days ago.</source>
        <translation>该账号注册已超过 7 天。</translation>
    </message>
    <message>
        <source>The account has cash expenditure records.</source>
        <translation>该账号有现金消费记录。</translation>
    </message>
    <message>
        <source>The account has unpaid bills.</source>
        <translation>该账号有未支付的账单。</translation>
    </message>
    <message>
        <source>The account is associated with the enterprise master account %1 in unified accounting mode.</source>
        <translation>该账号以统一核算模式关联了企业主账号 %1。</translation>
    </message>
    <message>
        <source>The account is associated with an enterprise master account in unified accounting mode.</source>
        <translation>该账号以统一核算模式关联了企业主账号。</translation>
    </message>
    <message>
        <source>The account signed a professional service contract.</source>
        <translation>该账号签有专业服务合同。</translation>
    </message>
    <message>
        <source>The account has valid reserved instances (RIs).</source>
        <translation>该账号有有效的预留实例（RI）。</translation>
    </message>
    <message>
        <source>The account is a member account of the enterprise master account %1.</source>
        <translation>该账号是企业主账号 %1 的成员账号。</translation>
    </message>
    <message>
        <source>The account is an enterprise member account.</source>
        <translation>该账号是企业成员账号。</translation>
    </message>
    <message numerus="yes">
        <source>The account is an enterprise master account with %n member account(s) in independent accounting.</source>
        <translation>
            <numerusform>该账号是企业主账号，有 %n 个独立财务的成员账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is an enterprise master account with member accounts in independent accounting.</source>
        <translation>该账号是企业主账号，有独立核算的成员账号。</translation>
    </message>
    <message>
        <source>The account is associated with an enterprise master or member account.</source>
        <translation>该账号关联了企业主账号或成员账号。</translation>
    </message>
    <message numerus="yes">
        <source>The account is an enterprise master account with %n associated member account(s).</source>
        <translation>
            <numerusform>该账号是企业主账号，已关联 %n 个成员账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is in arrears: %1.</source>
        <translation>该账号有欠费：%1。</translation>
    </message>
    <message>
        <source>The account is in arrears.</source>
        <translation>该账号有欠费。</translation>
    </message>
    <message>
        <source>A product in the partner support plan is still subscribed.</source>
        <translation>仍订阅着伙伴支持计划中的产品。</translation>
    </message>
    <message>
        <source>No currency is set for the account.</source>
        <translation>账号未设置币种。</translation>
    </message>
    <message>
        <source>Orders are waiting for the partner to pay.</source>
        <translation>有订单正在等待合作伙伴支付。</translation>
    </message>
    <message>
        <source>A disassociation was requested less than 3 months ago: the next request is possible from %1.</source>
        <translation>最近 3 个月内已申请过解除关联：自 %1 起才能再次申请。</translation>
    </message>
    <message>
        <source>A disassociation was requested less than 3 months ago.</source>
        <translation>最近 3 个月内已申请过解除关联。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Leave the enterprise master account, or cancel the association with the member accounts, first.</source>
        <translation>请先退出企业主账号，或先解除与成员账号的关联。</translation>
    </message>
    <message>
        <source>Remove every member account in independent accounting first.</source>
        <translation>请先移除所有独立核算的成员账号。</translation>
    </message>
    <message>
        <source>Ask the partner to raise your credit so that the arrears are written off.</source>
        <translation>请合作伙伴提高您的信用额度以冲抵欠费。</translation>
    </message>
    <message>
        <source>Unsubscribe from the reserved instances, or wait until they expire.</source>
        <translation>请退订预留实例，或等待其到期。</translation>
    </message>
    <message>
        <source>Unsubscribe from the product in the partner support plan first.</source>
        <translation>请先退订伙伴支持计划中的产品。</translation>
    </message>
    <message>
        <source>Set the currency in Preferences.</source>
        <translation>请在偏好设置中设置币种。</translation>
    </message>
    <message>
        <source>Settle the special commerce contract with the partner offline.</source>
        <translation>请与合作伙伴线下结清特殊商务合同。</translation>
    </message>
    <message>
        <source>Cancel the orders, or ask the partner to pay them.</source>
        <translation>请取消这些订单，或请合作伙伴支付。</translation>
    </message>
    <message>
        <source>Only one disassociation request is possible every 3 months: wait until then.</source>
        <translation>每 3 个月只能申请一次解除关联：请等到届时再申请。</translation>
    </message>
    <message>
        <source>Fix it as prompted, then check again.</source>
        <translation>请按提示处理后重新检查。</translation>
    </message>
    <message>
        <source>In Cooperation</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>In Cooperation (account frozen until the partner sets a monthly budget)</source>
        <translation>合作中（账号已冻结，待合作伙伴设置月度预算）</translation>
    </message>
    <message>
        <source>Disassociation pending</source>
        <translation>解除关联待处理</translation>
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
        <source>Associated</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Letter of Authorization accepted</source>
        <translation>已同意授权书</translation>
    </message>
    <message>
        <source>Monthly budget set</source>
        <translation>已设置月度预算</translation>
    </message>
    <message>
        <source>Monthly budget withdrawn</source>
        <translation>已撤销月度预算</translation>
    </message>
    <message>
        <source>Disassociation requested</source>
        <translation>已申请解除关联</translation>
    </message>
    <message>
        <source>Disassociation refused</source>
        <translation>已拒绝解除关联</translation>
    </message>
    <message>
        <source>Disassociation agreed</source>
        <translation>已同意解除关联</translation>
    </message>
    <message>
        <source>Disassociated</source>
        <translation>已解除关联</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Your name and contact information are uploaded to the partner, which may access them to serve you.</source>
        <translation>您的名称和联系方式将上传给合作伙伴，合作伙伴可访问这些信息以便为您服务。</translation>
    </message>
    <message>
        <source>Disputes between you and the partner are settled under the agreement between you and the partner.</source>
        <translation>您与合作伙伴之间的争议，按您与合作伙伴之间的协议解决。</translation>
    </message>
    <message>
        <source>Cash coupons pay only for orders created before the association; later spending is billed to the partner, which may restrict it.</source>
        <translation>现金券仅可支付关联前创建的订单；之后的消费由合作伙伴结算，合作伙伴可对其加以限制。</translation>
    </message>
    <message>
        <source>Disassociating needs the partner&apos;s agreement and a settlement with the partner.</source>
        <translation>解除关联需经合作伙伴同意，并与合作伙伴完成结算。</translation>
    </message>
    <message>
        <source>Everything else is governed by the Huawei Cloud Customer Agreement.</source>
        <translation>其他事项以《华为云用户协议》为准。</translation>
    </message>
    <message>
        <source>Last updated: Sep 01, 2022</source>
        <translation>最近更新：2022 年 9 月 1 日</translation>
    </message>
    <message>
        <source>Accepting freezes your account by default: it cannot purchase, renew, change or properly use resources until the partner sets a monthly budget and unfreezes it. If you do not want this, ignore the invitation and ask the partner to associate with you through a service ticket.</source>
        <translation>接受后您的账号默认将被冻结：在合作伙伴设置月度预算并解冻之前，无法购买、续费、变更或正常使用资源。如不希望如此，请忽略此邀请，并请合作伙伴通过工单与您关联。</translation>
    </message>
    <message>
        <source>Your account is frozen: it cannot purchase, renew, change or use resources until your partner %1 sets a monthly budget.</source>
        <translation>您的账号已被冻结：在合作伙伴 %1 设置月度预算之前，无法购买、续费、变更或使用资源。</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>由客户申请</translation>
    </message>
    <message>
        <source>Requested by the partner</source>
        <translation>由合作伙伴申请</translation>
    </message>
</context>
<context>
    <name>PartnerTokenPage</name>
    <message>
        <source>Invitation &amp;link or token:</source>
        <translation>邀请链接或令牌(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>确认新密码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Forgot password</source>
        <translation>忘记密码(&amp;F)</translation>
    </message>
    <message>
        <source>Send the code to:</source>
        <translation>验证码发送至：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Confi&amp;rm new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
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
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
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
    <name>ReauthCurrentOwnerPage</name>
    <message>
        <source>Current owner:</source>
        <translation>当前所有者：</translation>
    </message>
    <message>
        <source>Current owner&apos;s certificate page:</source>
        <translation>当前所有者证件页：</translation>
    </message>
    <message>
        <source>Current owner holding the certificate:</source>
        <translation>当前所有者手持证件：</translation>
    </message>
    <message>
        <source>Change application form (PDF):</source>
        <translation>变更申请表（PDF）：</translation>
    </message>
</context>
<context>
    <name>ReauthEnterprisePage</name>
    <message>
        <source>Country/region:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>&amp;Country/region:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>注册地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Registration n&amp;umber:</source>
        <translation>注册号(&amp;U)：</translation>
    </message>
    <message>
        <source>Change application form:</source>
        <translation>变更申请表：</translation>
    </message>
    <message>
        <source>Stamped by both enterprises</source>
        <translation>已由双方企业盖章</translation>
    </message>
    <message>
        <source>Holding the passport:</source>
        <translation>手持护照：</translation>
    </message>
    <message>
        <source>Enterprise certificate:</source>
        <translation>企业证件：</translation>
    </message>
</context>
<context>
    <name>ReauthIndividualPage</name>
    <message>
        <source>Certificate type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>&amp;Passport</source>
        <translation>护照(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID card</source>
        <translation>身份证(&amp;I)</translation>
    </message>
    <message>
        <source>Non-Chinese &amp;driver license</source>
        <translation>非中国驾驶证(&amp;D)</translation>
    </message>
    <message>
        <source>Issuing &amp;country/region:</source>
        <translation>签发国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Certificate page:</source>
        <translation>证件页：</translation>
    </message>
    <message>
        <source>Holding photo:</source>
        <translation>手持证件照：</translation>
    </message>
    <message>
        <source>Both owners &amp;signed the application form</source>
        <translation>新旧所有者均已在申请表上签字(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReauthKindPage</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Authentication status:</source>
        <translation>认证状态：</translation>
    </message>
    <message>
        <source>Authenticated as:</source>
        <translation>认证主体：</translation>
    </message>
    <message>
        <source>&amp;Modify Individual Authentication Information</source>
        <translation>修改个人认证信息(&amp;M)</translation>
    </message>
    <message>
        <source>Change to an &amp;enterprise account (service ticket)</source>
        <translation>变更为企业账号（服务工单）(&amp;E)</translation>
    </message>
    <message>
        <source>Change Enterprise &amp;Entity</source>
        <translation>变更企业主体(&amp;E)</translation>
    </message>
    <message>
        <source>Change Enterprise &amp;Name</source>
        <translation>变更企业名称(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReauthNamePage</name>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>注册号：</translation>
    </message>
    <message>
        <source>Statement of commitment:</source>
        <translation>承诺书：</translation>
    </message>
    <message>
        <source>Supporting document:</source>
        <translation>证明文件：</translation>
    </message>
    <message>
        <source>New enterprise certificate:</source>
        <translation>新企业证件：</translation>
    </message>
    <message>
        <source>Stamped with the new name&apos;s seal or signed</source>
        <translation>已加盖新名称公章或签字</translation>
    </message>
</context>
<context>
    <name>RechargeOrderPage</name>
    <message>
        <source>Huawei Cloud &amp;account ID:</source>
        <translation>华为云账号ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>RechargeTypePage</name>
    <message>
        <source>Fee-center account:</source>
        <translation>费用中心账号：</translation>
    </message>
    <message>
        <source>Purchase type:</source>
        <translation>购买类型：</translation>
    </message>
    <message>
        <source>&amp;Huawei Cloud marketplace purchase</source>
        <translation>华为云云商店购买(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Direct purchase</source>
        <translation>直接购买(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>邮箱地址(&amp;E)：</translation>
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
    <name>RejectDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note to the customer:</source>
        <translation>给客户的说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RestoreServicesDialog</name>
    <message>
        <source>Closed at:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Data kept until:</source>
        <translation>数据保留至：</translation>
    </message>
    <message>
        <source>Restore possible from:</source>
        <translation>可恢复时间：</translation>
    </message>
</context>
<context>
    <name>ReviewProgressPage</name>
    <message>
        <source>Request:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Review due by:</source>
        <translation>审核截止：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Advance the demo clock by 3 &amp;working days</source>
        <translation>演示时钟前进 3 个工作日(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Country/Region:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>注册地址：</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Review due by:</source>
        <translation>审核截止：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>no built-in scenario or file &quot;%1&quot;</source>
        <translation>没有名为“%1”的内置场景或文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation>场景必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be a text or {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</source>
        <translation>&quot;title&quot; 必须是文本或 {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</translation>
    </message>
    <message>
        <source>views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>wizard %1</source>
        <translation>向导 %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be lowercase letters, digits and dashes (the folder name)</source>
        <translation>%1：&quot;id&quot; 只能包含小写字母、数字和连字符（用作文件夹名）</translation>
    </message>
    <message>
        <source>%1: &quot;title&quot; is missing or not {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</source>
        <translation>%1：缺少 &quot;title&quot;，或其格式不是 {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</translation>
    </message>
    <message>
        <source>%1: &quot;introduction&quot; must be a text in each language</source>
        <translation>%1：&quot;introduction&quot; 必须为每种语言提供文本</translation>
    </message>
    <message>
        <source>%1: &quot;open&quot; needs either &quot;wizard&quot; or &quot;view&quot;</source>
        <translation>%1：&quot;open&quot; 需要 &quot;wizard&quot; 或 &quot;view&quot; 之一</translation>
    </message>
    <message>
        <source>%1: &quot;steps&quot; must be a non-empty list</source>
        <translation>%1：&quot;steps&quot; 必须是非空列表</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1，第 %2 步</translation>
    </message>
    <message>
        <source>%1: a step must be an object</source>
        <translation>%1：步骤必须是一个对象</translation>
    </message>
    <message>
        <source>%1: one action per step, not %2</source>
        <translation>%1：每个步骤只能有一个动作，而不是 %2</translation>
    </message>
    <message>
        <source>%1: no action; use one of %2</source>
        <translation>%1：没有动作；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1：未知的键“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a name</source>
        <translation>%1：&quot;%2&quot; 需要一个名称</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be one of %3</source>
        <translation>%1：&quot;%2&quot; 必须是以下之一：%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs &quot;%3&quot;</source>
        <translation>%1：&quot;%2&quot; 需要 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs exactly one of %3</source>
        <translation>%1：&quot;%2&quot; 需要且只能有以下之一：%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text or {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</source>
        <translation>%1：&quot;%2&quot; 必须是文本或 {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</translation>
    </message>
    <message>
        <source>%1: &quot;var&quot; must be a name of letters, digits and _</source>
        <translation>%1：&quot;var&quot; 必须是由字母、数字和 _ 组成的名称</translation>
    </message>
    <message>
        <source>%1: &quot;timeout&quot; must be 100 to 60000 ms</source>
        <translation>%1：&quot;timeout&quot; 必须在 100 到 60000 毫秒之间</translation>
    </message>
    <message>
        <source>%1: the capture needs &quot;page&quot; (the page&apos;s or view&apos;s name)</source>
        <translation>%1：截图需要 &quot;page&quot;（页面或视图的名称）</translation>
    </message>
    <message>
        <source>%1: &quot;variant&quot; must be lowercase letters, digits and dashes</source>
        <translation>%1：&quot;variant&quot; 只能包含小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; in the capture</source>
        <translation>%1：截图中有未知的键“%2”</translation>
    </message>
    <message>
        <source>%1: the capture needs &quot;instruction&quot;: {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</source>
        <translation>%1：截图需要 &quot;instruction&quot;: {&quot;en&quot;: ..., &quot;zh_CN&quot;: ...}</translation>
    </message>
    <message>
        <source>%1: at most 99 captures per wizard</source>
        <translation>%1：每个向导最多 99 张截图</translation>
    </message>
    <message>
        <source>&quot;wizards&quot; must be a list</source>
        <translation>&quot;wizards&quot; 必须是列表</translation>
    </message>
    <message>
        <source>wizard %1: must be an object</source>
        <translation>向导 %1：必须是一个对象</translation>
    </message>
    <message>
        <source>wizard %1: the id is used twice</source>
        <translation>向导 %1：id 重复使用</translation>
    </message>
    <message>
        <source>the scenario has no wizards and no views</source>
        <translation>场景中没有向导也没有视图</translation>
    </message>
    <message>
        <source>%1: a capture of a question needs the action that asks it (e.g. &quot;click&quot;)</source>
        <translation>%1：截取提问需要由提出该提问的操作完成（例如 &quot;click&quot;）</translation>
    </message>
</context>
<context>
    <name>ScenarioDialogs</name>
    <message>
        <source>a question was asked that the scenario does not answer (add an &quot;answer&quot; step before it): &quot;%1&quot;: %2</source>
        <translation>出现了场景未作答的提问（请在其之前添加 &quot;answer&quot; 步骤）：“%1”：%2</translation>
    </message>
    <message>
        <source>the console warned &quot;%1&quot;: %2</source>
        <translation>控制台发出警告“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Screenshots: cannot create the folders (%1).</source>
        <translation>截图：无法创建文件夹（%1）。</translation>
    </message>
    <message>
        <source>Screenshots failed (%1): %2</source>
        <translation>截图失败（%1）：%2</translation>
    </message>
    <message>
        <source>Screenshots: %1 language(s) in %2 s, in %3</source>
        <translation>截图：%1 种语言，用时 %2 秒，保存在 %3</translation>
    </message>
    <message>
        <source>the language %1 cannot be loaded</source>
        <translation>无法加载语言 %1</translation>
    </message>
    <message>
        <source>the demo data could not be opened: %1</source>
        <translation>无法打开演示数据：%1</translation>
    </message>
    <message>
        <source>Onboarding Console: training guide</source>
        <translation>开通引导控制台：培训指南</translation>
    </message>
    <message>
        <source>the guide could not be written: %1</source>
        <translation>无法写入指南：%1</translation>
    </message>
    <message>
        <source>wizard &quot;%1&quot; (%2), page &quot;%3&quot;, step %4: %5</source>
        <translation>向导“%1”（%2），页面“%3”，第 %4 步：%5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>nothing to capture</source>
        <translation>没有可截取的内容</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the capture&apos;s target &quot;%1&quot; is not on screen</source>
        <translation>截图目标“%1”不在屏幕上</translation>
    </message>
    <message>
        <source>[%1] %2: %3 picture(s) in %4 s</source>
        <translation>[%1] %2：%3 张图片，用时 %4 秒</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>未知的视图“%1”</translation>
    </message>
    <message>
        <source>no HUAWEI ID &quot;%1&quot; in the demo data</source>
        <translation>演示数据中没有华为账号“%1”</translation>
    </message>
    <message>
        <source>no workspace &quot;%1&quot; in the demo data</source>
        <translation>演示数据中没有工作空间“%1”</translation>
    </message>
    <message>
        <source>no fee-center account &quot;%1&quot; in the demo data</source>
        <translation>演示数据中没有费用中心账号“%1”</translation>
    </message>
    <message>
        <source>the account has no active subscription to close</source>
        <translation>该账号没有可关闭的有效订阅</translation>
    </message>
    <message>
        <source>unknown wizard &quot;%1&quot;</source>
        <translation>未知的向导“%1”</translation>
    </message>
    <message>
        <source>it did not appear</source>
        <translation>未出现</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not visible</source>
        <translation>“%1”不可见</translation>
    </message>
    <message>
        <source>no control named &quot;%1&quot; on screen</source>
        <translation>屏幕上没有名为“%1”的控件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stayed disabled</source>
        <translation>“%1”一直处于禁用状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; shows &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>“%1”显示的是“%2”，而不是“%3”</translation>
    </message>
    <message>
        <source>(any text)</source>
        <translation>（任意文本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 row(s), not %3</source>
        <translation>“%1”有 %2 行，而不是 %3 行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled</source>
        <translation>“%1”已禁用</translation>
    </message>
    <message>
        <source>cannot type into &quot;%1&quot; (%2)</source>
        <translation>无法在“%1”中输入（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be checked</source>
        <translation>“%1”无法勾选</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list to choose from</source>
        <translation>“%1”不是可供选择的列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no such entry</source>
        <translation>“%1”中没有该项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list or table</source>
        <translation>“%1”不是列表或表格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no such row</source>
        <translation>“%1”中没有该行</translation>
    </message>
    <message>
        <source>the %1 button is not available</source>
        <translation>%1 按钮不可用</translation>
    </message>
    <message>
        <source>waitPage without a wizard</source>
        <translation>waitPage 没有对应的向导</translation>
    </message>
    <message>
        <source>the wizard did not reach the page &quot;%1&quot;</source>
        <translation>向导未到达页面“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not appear</source>
        <translation>“%1”未出现</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not go away</source>
        <translation>“%1”未消失</translation>
    </message>
    <message>
        <source>the dialog &quot;%1&quot; did not open</source>
        <translation>对话框“%1”未打开</translation>
    </message>
    <message>
        <source>the dialog &quot;%1&quot; stayed open</source>
        <translation>对话框“%1”未关闭</translation>
    </message>
    <message>
        <source>the wizard &quot;%1&quot; did not open</source>
        <translation>向导“%1”未打开</translation>
    </message>
    <message>
        <source>no message to %1 with &quot;%2&quot; in the Outbox</source>
        <translation>发件箱中没有发给 %1 且包含“%2”的消息</translation>
    </message>
    <message>
        <source>nothing found in %1</source>
        <translation>在 %1 中未找到</translation>
    </message>
    <message>
        <source>no list &quot;%1&quot; in the view on screen</source>
        <translation>屏幕上的视图中没有列表“%1”</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知的动作“%1”</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>the capture waits for a question, but none was asked</source>
        <translation>截图在等待一个提问，但没有出现提问</translation>
    </message>
    <message>
        <source>Warning: in %1, text does not fit: %2</source>
        <translation>警告：%1 中有文字显示不全：%2</translation>
    </message>
    <message>
        <source>Warning: in %1, accessibility: %2</source>
        <translation>警告：%1 中的无障碍：%2</translation>
    </message>
    <message>
        <source>Screenshots failed: the index could not be written: %1</source>
        <translation>截图失败：无法写入索引页：%1</translation>
    </message>
    <message>
        <source>the handbook could not be written: %1</source>
        <translation>无法写入手册：%1</translation>
    </message>
</context>
<context>
    <name>ServiceContactDialog</name>
    <message>
        <source>Verify by:</source>
        <translation>验证方式：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>SettlementAccountPage</name>
    <message>
        <source>Huawei Cloud &amp;account ID:</source>
        <translation>华为云账号ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例ID(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>SettlementConfirmPage</name>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Settlement method:</source>
        <translation>结算方式：</translation>
    </message>
    <message>
        <source>Huawei Cloud account ID:</source>
        <translation>华为云账号ID：</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>实例ID：</translation>
    </message>
</context>
<context>
    <name>SettlementMethodPage</name>
    <message>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <source>Current settlement:</source>
        <translation>当前结算方式：</translation>
    </message>
    <message>
        <source>&amp;New settlement method:</source>
        <translation>新结算方式(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Huawei Cloud account settlement</source>
        <translation>华为云账号结算(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Fee-center account settlement</source>
        <translation>费用中心账号结算(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Alibaba Cloud account settlement</source>
        <translation>阿里云账号结算(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;WS account settlement</source>
        <translation>AWS 账号结算(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SignUpAccountPage</name>
    <message>
        <source>&amp;Country/Region:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>邮箱地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SignUpCardPage</name>
    <message>
        <source>Credit card &amp;number:</source>
        <translation>信用卡卡号(&amp;N)：</translation>
    </message>
    <message>
        <source>Cardholder na&amp;me:</source>
        <translation>持卡人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>有效期(&amp;X)：</translation>
    </message>
    <message>
        <source>Card security &amp;code:</source>
        <translation>卡安全码(&amp;C)：</translation>
    </message>
    <message>
        <source>I &amp;accept the service terms.</source>
        <translation>我同意服务条款(&amp;A)。</translation>
    </message>
    <message>
        <source>&amp;Bank&apos;s answer (simulated):</source>
        <translation>银行答复（模拟）(&amp;B)：</translation>
    </message>
    <message>
        <source>Historical cards:</source>
        <translation>历史绑卡记录：</translation>
    </message>
    <message>
        <source>Bind a card &amp;later</source>
        <translation>稍后绑卡(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SignUpDonePage</name>
    <message>
        <source>Account &amp;ID:</source>
        <translation>账号 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>登录 ID：</translation>
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
        <source>Security phone number:</source>
        <translation>安全手机号：</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>支付方式：</translation>
    </message>
</context>
<context>
    <name>SignUpEnablePage</name>
    <message>
        <source>* &amp;Country/Region:</source>
        <translation>* 国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>I have &amp;read and agree with the Huawei Cloud Customer Agreement and Privacy Statement.</source>
        <translation>我已阅读并同意华为云用户协议和隐私政策声明(&amp;R)。</translation>
    </message>
    <message>
        <source>I would like to receive &amp;updates about discounts and promotions as and when they become available.</source>
        <translation>我希望及时接收优惠和促销信息(&amp;U)。</translation>
    </message>
    <message>
        <source>Enable services &amp;later</source>
        <translation>稍后开通服务(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SignUpMobilePage</name>
    <message>
        <source>* &amp;Mobile number:</source>
        <translation>* 手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>* &amp;Verification code:</source>
        <translation>* 验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>Complete this &amp;later</source>
        <translation>稍后完善(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SignUpSecurityPhonePage</name>
    <message>
        <source>Security &amp;phone number:</source>
        <translation>安全手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TenantNameDialog</name>
    <message>
        <source>Current tenant name:</source>
        <translation>当前租户名：</translation>
    </message>
    <message>
        <source>&amp;New tenant name:</source>
        <translation>新租户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Changes this year:</source>
        <translation>本年修改次数：</translation>
    </message>
</context>
<context>
    <name>TerminateClosingDialog</name>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Data kept until:</source>
        <translation>数据保留至：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TourChooserDialog</name>
    <message>
        <source>A guided tour opens the console on its own copy of the demo and shows you, step by step, what to do next: the control to use is framed in red. Choose a task:</source>
        <translation>引导式导览会在演示数据的独立副本上打开控制台，并逐步提示下一步操作：要使用的控件以红框标出。请选择一个任务：</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>Guided tour</source>
        <translation>引导式导览</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Previous step of the tour</source>
        <translation>导览的上一步</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Skip this step (the tour performs it)</source>
        <translation>跳过此步骤（由导览代为执行）</translation>
    </message>
    <message>
        <source>&amp;Quit tour</source>
        <translation>退出导览(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the tour</source>
        <translation>退出导览</translation>
    </message>
</context>
<context>
    <name>oc::gui::AccountOverview</name>
    <message>
        <source>Choose a fee-center account above to see its overview.</source>
        <translation>在上方选择费用中心账号以查看其总览。</translation>
    </message>
    <message>
        <source>Stored-value card balance by status</source>
        <translation>按状态统计的储值卡余额</translation>
    </message>
    <message>
        <source>%1 available, %2 used up, %3 expired</source>
        <translation>可用 %1，已用完 %2，已过期 %3</translation>
    </message>
</context>
<context>
    <name>oc::gui::ActivatedPage</name>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Logged in directly</source>
        <translation>已直接登录</translation>
    </message>
    <message>
        <source>This Huawei Cloud account is linked to the fee-center account, so members go straight to %1 without binding again.</source>
        <translation>该华为云账号已关联费用中心账号，成员无需再次绑定即可直接进入%1。</translation>
    </message>
    <message>
        <source>Activated successfully</source>
        <translation>开通成功</translation>
    </message>
    <message>
        <source>The Huawei Cloud account is now linked to the fee-center account: the next login of any member goes straight through. Log in with the username and password to use the workspaces.</source>
        <translation>华为云账号已关联费用中心账号：之后任何成员登录都将直接进入。请使用用户名和密码登录以使用工作空间。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ActivationPage</name>
    <message>
        <source>✓ %1, active instance %2</source>
        <translation>✓ %1，有效实例 %2</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>正在开通…</translation>
    </message>
    <message>
        <source>Activation method</source>
        <translation>开通方式</translation>
    </message>
    <message>
        <source>Step 3 of 3: the first workspace and how it is settled.</source>
        <translation>第 3 步，共 3 步：首个工作空间及其结算方式。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>开通(&amp;A)</translation>
    </message>
    <message>
        <source>The language of templates for events, alerts and messages. It cannot be changed after the workspace is created.</source>
        <translation>事件、告警和消息模板的语言。工作空间创建后不可修改。</translation>
    </message>
    <message>
        <source>Required for fee-center and Huawei Cloud settlement.</source>
        <translation>费用中心结算和华为云账号结算必填。</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthEnterprisePage</name>
    <message>
        <source>Enterprise Authentication</source>
        <translation>企业认证</translation>
    </message>
    <message>
        <source>The registered country/region, address, enterprise name and registration number must match the certificate exactly.</source>
        <translation>注册国家/地区、地址、企业名称和注册号必须与证件完全一致。</translation>
    </message>
    <message>
        <source>The certificate information that you provide will only be used for real-name authentication. Your data will be treated as private and confidential.</source>
        <translation>您提供的证件信息仅用于实名认证，我们将对您的数据严格保密。</translation>
    </message>
    <message>
        <source>Enter the name exactly as displayed on the enterprise certificate.</source>
        <translation>请按企业证件上的名称准确填写。</translation>
    </message>
    <message>
        <source>Upload a JPG, JPEG, BMP, or PNG file whose size is less than or equal to 10 MB, clearly readable. You may watermark it as long as the key data stays readable.</source>
        <translation>请上传清晰可读、不超过 10 MB 的 JPG、JPEG、BMP 或 PNG 文件。可以加水印，但关键信息须清晰可读。</translation>
    </message>
    <message>
        <source>Front of the enterprise certificate:</source>
        <translation>企业证件正面：</translation>
    </message>
    <message>
        <source>Back of the enterprise certificate:</source>
        <translation>企业证件背面：</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthIndividualPage</name>
    <message>
        <source>Individual Certificate Authentication</source>
        <translation>个人证件认证</translation>
    </message>
    <message>
        <source>Enter the details as they appear on the certificate.</source>
        <translation>请按证件上的内容填写。</translation>
    </message>
    <message>
        <source>The certificate information that you provide will only be used for real-name authentication. Your data will be treated as private and confidential.</source>
        <translation>您提供的证件信息仅用于实名认证，我们将对您的数据严格保密。</translation>
    </message>
    <message>
        <source>Enter your name as it appears on your certificate.</source>
        <translation>请输入证件上的姓名。</translation>
    </message>
    <message>
        <source>Enter your certificate number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>Real-Name Authentication Material: upload a JPG, JPEG, BMP, PNG, or PDF file whose size is less than or equal to 10 MB. You may watermark it (e.g. &quot;For Huawei Cloud Only&quot;) as long as the key data stays readable.</source>
        <translation>实名认证材料：请上传不超过 10 MB 的 JPG、JPEG、BMP、PNG 或 PDF 文件。可以加水印（如“仅供华为云使用”），但关键信息须清晰可读。</translation>
    </message>
    <message>
        <source>Passport personal information page:</source>
        <translation>护照个人信息页：</translation>
    </message>
    <message>
        <source>Image of you holding the passport:</source>
        <translation>手持护照照片：</translation>
    </message>
    <message>
        <source>ID card personal information side:</source>
        <translation>身份证人像面：</translation>
    </message>
    <message>
        <source>Image of you holding the ID card:</source>
        <translation>手持身份证照片：</translation>
    </message>
    <message>
        <source>Driver license personal information page:</source>
        <translation>驾驶证个人信息页：</translation>
    </message>
    <message>
        <source>Image of you holding the driver license:</source>
        <translation>手持驾驶证照片：</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthProgressPage</name>
    <message>
        <source>Your real-name authentication is under review.</source>
        <translation>您的实名认证正在审核中。</translation>
    </message>
    <message>
        <source>The review ends within three working days. Huawei&apos;s reviewer is played in the Review queue (Go &gt; Review queue).</source>
        <translation>审核在三个工作日内完成。华为审核员在“审核队列”中模拟（转到 &gt; 审核队列）。</translation>
    </message>
    <message>
        <source>Real-name authentication approved.</source>
        <translation>实名认证已通过。</translation>
    </message>
    <message>
        <source>The account can now buy on KooGallery.</source>
        <translation>该账号现在可以在云商店购买。</translation>
    </message>
    <message>
        <source>Real-name authentication rejected.</source>
        <translation>实名认证未通过。</translation>
    </message>
    <message>
        <source>Correct the information and authenticate again (Huawei accounts &gt; Authenticate…).</source>
        <translation>请修改信息后重新认证（华为账号 &gt; 实名认证…）。</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthReviewPage</name>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <source>After submitting, the review ends within three working days.</source>
        <translation>提交后，审核在三个工作日内完成。</translation>
    </message>
    <message>
        <source>Check what will be submitted for review.</source>
        <translation>检查将提交审核的内容。</translation>
    </message>
    <message>
        <source>Enterprise authentication</source>
        <translation>企业认证</translation>
    </message>
    <message>
        <source>Individual authentication</source>
        <translation>个人认证</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthTypePage</name>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Real-Name Authentication</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Choose individual or enterprise authentication.</source>
        <translation>选择个人认证或企业认证。</translation>
    </message>
    <message>
        <source>Only a real-name authenticated account can buy on KooGallery. The review ends within three working days.</source>
        <translation>只有完成实名认证的账号才能在云商店购买。审核在三个工作日内完成。</translation>
    </message>
    <message>
        <source>For an account that belongs to a person: passport, ID card or non-Chinese driver license.</source>
        <translation>适用于个人所有的账号：护照、身份证或非中国大陆驾驶证。</translation>
    </message>
    <message>
        <source>For an account that belongs to an enterprise, a public institution, a social group or an individual business.</source>
        <translation>适用于企业、事业单位、社会团体或个体工商户所有的账号。</translation>
    </message>
    <message>
        <source>Authenticating an individual&apos;s account as an enterprise can bring inconvenience or financial liability when the owner changes, when the account is in arrears, or in disputes.</source>
        <translation>将个人的账号认证为企业，在账号易主、欠费或发生纠纷时可能带来不便或财务责任。</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthWizard</name>
    <message>
        <source>Real-name authentication</source>
        <translation>实名认证</translation>
    </message>
</context>
<context>
    <name>oc::gui::AuthorizeMembersDialog</name>
    <message>
        <source>Authorize members</source>
        <translation>授权成员</translation>
    </message>
    <message>
        <source>Order %1 in %2 (%3): select the members who may use %4.</source>
        <translation>%2（%3）中的订单 %1：选择可以使用%4的成员。</translation>
    </message>
    <message>
        <source>Members to authorize</source>
        <translation>待授权成员</translation>
    </message>
    <message>
        <source>I agree to the &amp;terms of the app authorization</source>
        <translation>我同意应用授权的相关条款(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Confirm authorization</source>
        <translation>确认授权(&amp;C)</translation>
    </message>
</context>
<context>
    <name>oc::gui::BasicInfoPage</name>
    <message>
        <source>Checking the username, email and code…</source>
        <translation>正在检查用户名、邮箱和验证码…</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Step 1 of 3: the %1 account. The same username and password sign in to the Billing Center.</source>
        <translation>第 1 步，共 3 步：%1账号。相同的用户名和密码也可登录费用中心。</translation>
    </message>
    <message>
        <source>Workspaces are created on this site; it cannot be changed afterwards.</source>
        <translation>工作空间将创建在此站点，之后不可更改。</translation>
    </message>
    <message>
        <source>8 to 32 characters with at least three of: uppercase, lowercase, digits, symbols.</source>
        <translation>8 到 32 个字符，至少包含大写字母、小写字母、数字、符号中的三种。</translation>
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
    <message>
        <source>&amp;Register the Commercial Plan…</source>
        <translation>注册商业版(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>变更(&amp;C)…</translation>
    </message>
    <message>
        <source>Change settlement</source>
        <translation>变更结算方式</translation>
    </message>
    <message>
        <source>Select a workspace first.</source>
        <translation>请先选择一个工作空间。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Select a locked workspace first.</source>
        <translation>请先选择一个已锁定的工作空间。</translation>
    </message>
    <message>
        <source>&amp;Buy stored-value card…</source>
        <translation>购买储值卡(&amp;B)…</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>账户总览</translation>
    </message>
    <message>
        <source>Buy stored-value card</source>
        <translation>购买储值卡</translation>
    </message>
    <message>
        <source>Choose the fee-center account to recharge first (above).</source>
        <translation>请先在上方选择要充值的费用中心账号。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Huawei Cloud subscription closed</source>
        <translation>华为云订阅已关闭</translation>
    </message>
    <message>
        <source>Huawei Cloud subscription frozen</source>
        <translation>华为云订阅已冻结</translation>
    </message>
</context>
<context>
    <name>oc::gui::BindWorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
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
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Bind workspace</source>
        <translation>绑定工作空间</translation>
    </message>
    <message>
        <source>Bind the workspace &quot;%1&quot;? It will be settled through the Huawei Cloud account %2.</source>
        <translation>绑定工作空间“%1”？它将通过华为云账号 %2 结算。</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>Binding…</source>
        <translation>正在绑定…</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>正在开通…</translation>
    </message>
    <message>
        <source>Bind %1 workspaces</source>
        <translation>绑定%1工作空间</translation>
    </message>
    <message>
        <source>Bind existing workspaces of the fee-center account, or create one.</source>
        <translation>绑定费用中心账号下已有的工作空间，或新建一个。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Workspaces of the fee-center account</source>
        <translation>费用中心账号的工作空间</translation>
    </message>
    <message>
        <source>Bound workspaces are settled through this Huawei Cloud account. The workspace language and site never change.</source>
        <translation>已绑定的工作空间通过此华为云账号结算。工作空间的语言和站点不会改变。</translation>
    </message>
    <message>
        <source>Loading the workspaces…</source>
        <translation>正在加载工作空间…</translation>
    </message>
</context>
<context>
    <name>oc::gui::CardBalanceChart</name>
    <message numerus="yes">
        <source>%1 (%n card(s))</source>
        <translation>
            <numerusform>%1（%n 张）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>oc::gui::ChangePasswordPage</name>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>Change the initial password</source>
        <translation>修改初始密码</translation>
    </message>
    <message>
        <source>First login: choose your own password (R-ORG-6).</source>
        <translation>首次登录：请设置您自己的密码（R-ORG-6）。</translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseCheckPage</name>
    <message>
        <source>The result was also sent by SMS to %1.</source>
        <translation>结果也已通过短信发送至 %1。</translation>
    </message>
    <message>
        <source>The result was also sent by email to %1.</source>
        <translation>结果也已通过邮件发送至 %1。</translation>
    </message>
    <message>
        <source>Closing Huawei Cloud services…</source>
        <translation>正在关闭华为云服务…</translation>
    </message>
    <message>
        <source>Close Huawei Cloud Services</source>
        <translation>关闭华为云服务</translation>
    </message>
    <message>
        <source>Step 2 of 3: Wait for Auto Check &amp; Confirm</source>
        <translation>第 2 步（共 3 步）：等待自动检查并确认</translation>
    </message>
    <message>
        <source>Huawei checked the account automatically. Proceed to Close is possible only when all three checks pass; once confirmed, closing cannot be canceled.</source>
        <translation>华为已自动检查该账号。只有三项检查全部通过才能继续关闭；一经确认，关闭无法取消。</translation>
    </message>
    <message>
        <source>Submits a new application once the failed items are fixed: a new verification code is needed.</source>
        <translation>修复未通过的项目后提交新的申请：需要新的验证码。</translation>
    </message>
    <message>
        <source>&amp;Proceed to Close</source>
        <translation>继续关闭(&amp;P)</translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseFinishPage</name>
    <message>
        <source>Close Huawei Cloud Services</source>
        <translation>关闭华为云服务</translation>
    </message>
    <message>
        <source>Step 3 of 3: Finish</source>
        <translation>第 3 步（共 3 步）：完成</translation>
    </message>
    <message>
        <source>Huawei Cloud services were closed successfully.</source>
        <translation>华为云服务已成功关闭。</translation>
    </message>
    <message>
        <source>%1 (90 days; then disabled automatically)</source>
        <translation>%1（90 天，之后自动注销）</translation>
    </message>
    <message>
        <source>During retention the services are frozen, but you can still log in to view the service data and historical transactions.</source>
        <translation>保留期内服务被冻结，但仍可登录查看服务数据和历史交易。</translation>
    </message>
    <message>
        <source>The services are disabled automatically 90 days after closing.</source>
        <translation>关闭 90 天后服务将自动注销。</translation>
    </message>
    <message>
        <source>From 24 hours after closing, once nothing is owed, you can disable them at once (Basic Information &gt; Disable Huawei Cloud Services).</source>
        <translation>关闭 24 小时后，在无任何欠款的情况下，可立即注销服务（基本信息 &gt; 注销华为云服务）。</translation>
    </message>
    <message>
        <source>To use the services again, restore them from 24 hours after closing (Basic Information &gt; Restore Huawei Cloud Services).</source>
        <translation>如需再次使用服务，可在关闭 24 小时后恢复（基本信息 &gt; 恢复华为云服务）。</translation>
    </message>
    <message>
        <source>The result was also sent by SMS to %1.</source>
        <translation>结果也已通过短信发送至 %1。</translation>
    </message>
    <message>
        <source>The result was also sent by email to %1.</source>
        <translation>结果也已通过邮件发送至 %1。</translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseResourceDialog</name>
    <message>
        <source>Close resource</source>
        <translation>关闭资源</translation>
    </message>
    <message>
        <source>Workspaces that will be locked</source>
        <translation>将被锁定的工作空间</translation>
    </message>
    <message>
        <source>&amp;Close resource</source>
        <translation>关闭资源(&amp;C)</translation>
    </message>
    <message>
        <source>Checking which workspaces depend on instance %1…</source>
        <translation>正在检查哪些工作空间依赖实例 %1…</translation>
    </message>
    <message>
        <source>Close the %1 SaaS Edition subscription %2 on KooGallery? No workspace settles through this Huawei Cloud account.</source>
        <translation>关闭云商店上的%1 SaaS 版订阅 %2？没有工作空间通过此华为云账号结算。</translation>
    </message>
    <message numerus="yes">
        <source>Close the %1 SaaS Edition subscription %2 on KooGallery? These %n workspace(s) lose their Huawei Cloud account link and are locked. Unlocking one later settles it through its fee-center account; locked workspaces keep their data for 14 days.</source>
        <translation>
            <numerusform>关闭云商店上的%1 SaaS 版订阅 %2？以下 %n 个工作空间将失去与华为云账号的关联并被锁定。之后解锁的工作空间将通过其费用中心账号结算；已锁定的工作空间数据保留 14 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseReviewPage</name>
    <message>
        <source>Terms and Conditions on Disabling of Huawei Cloud Services</source>
        <translation>华为云服务注销条款与条件</translation>
    </message>
    <message>
        <source>1. Huawei Cloud services cannot be disabled while any of the following holds, unless Huawei agreed otherwise: overdue payments, over-issued invoices, pending payments or a remaining balance; contracts still to be performed, active orders, resources in use or reserved instances; applications in progress; an association with a Huawei Cloud partner, or with an enterprise master or member account; unpaid taxes or unfulfilled legal obligations; breaches of laws, regulations or agreements with Huawei.

2. Only the account holder can apply. Huawei checks the application automatically and notifies the result by email or SMS. If it passed, the services are closed once you confirm, and this cannot be stopped; earlier liabilities are not waived. If it failed, the process ends and a new application may be submitted. During the retention period Huawei may end the process because of third-party complaints, government investigations, litigation or arbitration, or failed later checks. Your HUAWEI ID is not affected.

3. The retention period (90 days) starts when the services are closed. Meanwhile the services cannot be used, but you can log in to view historical bills, settle unpaid bills, restore the services, or disable them at once when nothing is owed.

4. When retention ends or the services are disabled: all contracts end, you can no longer log in, data cannot be retrieved, the balance must have been withdrawn, and the services cannot be recovered. Earlier liabilities remain.

5. These terms are part of the Customer Agreement; if language versions conflict, the Chinese version prevails.</source>
        <translation>1. 存在以下任一情形时，除非华为另行同意，否则不能注销华为云服务：欠费、超额开具发票、待支付款项或账户余额；尚待履行的合同、有效订单、使用中的资源或预留实例；处理中的申请；与华为云合作伙伴，或与企业主账号或成员账号存在关联；未缴税款或未履行的法定义务；违反法律法规或与华为的协议。

2. 只有账号持有人才能申请。华为将自动检查申请，并通过邮件或短信通知结果。检查通过后，服务将在您确认后关闭，且无法中止；此前的责任不会免除。检查未通过时，流程结束，可提交新的申请。保留期内，如存在第三方投诉、政府调查、诉讼或仲裁，或后续检查未通过，华为可终止该流程。您的华为账号不受影响。

3. 保留期（90 天）自服务关闭时开始。期间服务无法使用，但您仍可登录查看历史账单、结清未付账单、恢复服务，或在无任何欠款时立即注销服务。

4. 保留期结束或服务注销后：所有合同终止，您将无法再登录，数据无法取回，余额须已提取，服务无法恢复。此前的责任仍然存在。

5. 本条款是《客户协议》的一部分；各语言版本如有冲突，以中文版本为准。</translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Close Huawei Cloud Services</source>
        <translation>关闭华为云服务</translation>
    </message>
    <message>
        <source>Step 1 of 3: Review &amp; Feedback</source>
        <translation>第 1 步（共 3 步）：阅读并反馈</translation>
    </message>
    <message>
        <source>Closing deletes the data kept in Huawei Cloud for good. The services must be closed before they can be disabled; the HUAWEI ID itself remains.</source>
        <translation>关闭后，保存在华为云中的数据将被永久删除。服务须先关闭才能注销；华为账号本身仍然保留。</translation>
    </message>
    <message>
        <source>The request comes from the tenant name holder, or from an agent authorized by the holder, who informs the holder, passes on every document and makes sure the holder agrees.</source>
        <translation>申请由租户名持有人或其授权的代理人提出；代理人须告知持有人、转交全部文件，并确保持有人同意。</translation>
    </message>
    <message>
        <source>You affirm that the request is not meant to evade disputes, litigation, supervision or the law.</source>
        <translation>您确认该申请并非为了规避纠纷、诉讼、监管或法律。</translation>
    </message>
    <message>
        <source>You give up the right to retrieve the data of your services.</source>
        <translation>您放弃取回服务数据的权利。</translation>
    </message>
    <message>
        <source>The data will be deleted for good: migrate and back it up first.</source>
        <translation>数据将被永久删除，请先迁移并备份。</translation>
    </message>
    <message>
        <source>Once every outstanding payment is cleared, you can log in to My Account 24 hours after closing and disable the services.</source>
        <translation>结清所有未付款项后，可在关闭 24 小时后登录“我的账号”注销服务。</translation>
    </message>
    <message>
        <source>Closed but not disabled, you can still log in during the 90-day retention period, to see historical transactions only. After 90 days you can no longer log in.</source>
        <translation>已关闭但未注销时，在 90 天保留期内仍可登录，但仅能查看历史交易。90 天后将无法再登录。</translation>
    </message>
    <message>
        <source>Warning: the data will be deleted for good. To keep some services and end only some products or resources, do not go on: unsubscribe from those instead.</source>
        <translation>警告：数据将被永久删除。如只想停止部分产品或资源而保留其他服务，请勿继续，改为退订相应产品或资源。</translation>
    </message>
    <message>
        <source>&amp;I have read and agree to the Terms and Conditions on Disabling of Huawei Cloud Services and understand that my Huawei Cloud services will be closed and my data saved in Huawei Cloud will be deleted and cannot be recovered.</source>
        <translation>我已阅读并同意《华为云服务注销条款与条件》，并了解我的华为云服务将被关闭，保存在华为云中的数据将被删除且无法恢复。(&amp;I)</translation>
    </message>
    <message>
        <source>I have read and agree to the Terms and Conditions on Disabling of Huawei Cloud Services</source>
        <translation>我已阅读并同意《华为云服务注销条款与条件》</translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseVerifyPage</name>
    <message>
        <source>Checking the account…</source>
        <translation>正在检查账号…</translation>
    </message>
    <message>
        <source>Close Huawei Cloud Services</source>
        <translation>关闭华为云服务</translation>
    </message>
    <message>
        <source>Step 2 of 3: Wait for Auto Check &amp; Confirm — verify that you are the holder</source>
        <translation>第 2 步（共 3 步）：等待自动检查并确认 — 验证您是持有人</translation>
    </message>
    <message>
        <source>Only the HUAWEI ID holder can close Huawei Cloud services: send a verification code to the HUAWEI ID&apos;s mobile number or email address and enter it. OK then runs the automatic checks. Codes arrive in the Outbox.</source>
        <translation>只有华为账号持有人才能关闭华为云服务：向华为账号的手机号或邮箱地址发送验证码并输入。单击“确定”后将运行自动检查。验证码会发送到发件箱。</translation>
    </message>
    <message>
        <source>S&amp;MS (no mobile number bound)</source>
        <translation>短信（未绑定手机号）(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;MS to %1</source>
        <translation>短信发送至 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email (no email address bound)</source>
        <translation>邮件（未绑定邮箱地址）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Email to %1</source>
        <translation>邮件发送至 %1(&amp;E)</translation>
    </message>
    <message>
        <source>A check ends its application: a new application needs a new code. Once the failed items are fixed, send a code and click OK to run the checks again.</source>
        <translation>每次检查都会结束其所属申请，新的申请需要新的验证码。修复未通过的项目后，请发送验证码并单击“确定”重新运行检查。</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>oc::gui::CloseWizard</name>
    <message>
        <source>Close Huawei Cloud Services</source>
        <translation>关闭华为云服务</translation>
    </message>
    <message>
        <source>Huawei Cloud services were closed. The data is kept until %1; Restore and Disable are possible from %2.</source>
        <translation>华为云服务已关闭。数据保留至 %1；自 %2 起可恢复或注销。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ClosingCheckView</name>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Waiting for the check…</source>
        <translation>等待检查…</translation>
    </message>
    <message>
        <source>Account check successful. You can now proceed to close your account.</source>
        <translation>账号检查成功。现在可以继续关闭您的账号。</translation>
    </message>
    <message>
        <source>Not all conditions are met: every item that failed is listed below with what to do.</source>
        <translation>未满足全部条件：下面列出了每个未通过的项目及处理方法。</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ Not passed: %1 failed</source>
        <translation>✗ 未通过：%1 项未通过</translation>
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
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>oc::gui::CompanyInfoPage</name>
    <message>
        <source>Company information</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Step 2 of 3: who is billed.</source>
        <translation>第 2 步，共 3 步：付费方信息。</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>传媒</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>政府与公共事业</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>oc::gui::CompleteInformationDialog</name>
    <message>
        <source>The account was set up as an enterprise account of %1.</source>
        <translation>账号已设置为企业账号：%1。</translation>
    </message>
    <message>
        <source>The account was set up as an individual account of %1.</source>
        <translation>账号已设置为个人账号：%1。</translation>
    </message>
    <message>
        <source>Complete Information</source>
        <translation>完善信息</translation>
    </message>
    <message>
        <source>Choose whether the account belongs to a person or to an enterprise, and enter its name. Before real-name authentication an individual account can still become an enterprise account, but never the other way round; afterwards the type and the name change only by re-authentication.</source>
        <translation>请选择账号属于个人还是企业，并填写对应的名称。实名认证前，个人账号仍可变更为企业账号，但企业账号不能变更为个人账号；实名认证后，账号类型和名称只能通过重新认证变更。</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the name exactly as on the enterprise certificate.</source>
        <translation>请填写与企业证件上完全一致的名称。</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter your name as it appears on your certificate.</source>
        <translation>请填写与证件上一致的姓名。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose the account type first.</source>
        <translation>请先选择账号类型。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ConditionsDialog</name>
    <message>
        <source>Enter an amount in CNY, such as 1280.50.</source>
        <translation>请输入人民币金额，例如 1280.50。</translation>
    </message>
    <message>
        <source>Simulated conditions</source>
        <translation>模拟条件</translation>
    </message>
    <message>
        <source>Huawei Cloud facts this console does not model, for this account. The checks of re-authentication, closing, partner association and master accounts read them.</source>
        <translation>本控制台未建模的该账号华为云情况。重新认证、注销、伙伴关联和主账号的检查会读取这些条件。</translation>
    </message>
</context>
<context>
    <name>oc::gui::CreateWorkspaceDialog</name>
    <message>
        <source>Create workspace</source>
        <translation>创建工作空间</translation>
    </message>
    <message>
        <source>The workspace is created on %1 and settles through the Huawei Cloud account.</source>
        <translation>工作空间将创建在 %1，并通过华为云账号结算。</translation>
    </message>
    <message>
        <source>I &amp;have a %1 account</source>
        <translation>我有%1账号(&amp;H)</translation>
    </message>
    <message>
        <source>I have &amp;no %1 account: register one</source>
        <translation>我没有%1账号：注册一个(&amp;N)</translation>
    </message>
    <message>
        <source>The language sets the templates of events, alerts and messages and cannot be changed after creation.</source>
        <translation>语言决定事件、告警和消息的模板，创建后不可修改。</translation>
    </message>
    <message>
        <source>&amp;Register and create workspace</source>
        <translation>注册并创建工作空间(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oc::gui::DisableServicesDialog</name>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <source>Huawei Cloud services were disabled: the account can no longer sign in. The HUAWEI ID itself remains.</source>
        <translation>华为云服务已注销：该账号无法再登录。华为账号本身仍然保留。</translation>
    </message>
    <message>
        <source>Disable Huawei Cloud Services</source>
        <translation>注销华为云服务</translation>
    </message>
    <message>
        <source>Step 1 of 2: verify that you are the holder</source>
        <translation>第 1 步（共 2 步）：验证您是持有人</translation>
    </message>
    <message>
        <source>Step 2 of 2: the service check result</source>
        <translation>第 2 步（共 2 步）：服务检查结果</translation>
    </message>
    <message>
        <source>Disabling deletes all data for good and cannot be undone: the account can no longer sign in, and the services cannot be restored. Send a verification code to the HUAWEI ID&apos;s mobile number or email address and enter it. Codes arrive in the Outbox.</source>
        <translation>注销将永久删除所有数据且无法撤销：该账号将无法再登录，服务也无法恢复。请向华为账号的手机号或邮箱地址发送验证码并输入。验证码会发送到发件箱。</translation>
    </message>
    <message>
        <source>S&amp;MS (no mobile number bound)</source>
        <translation>短信（未绑定手机号）(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;MS to %1</source>
        <translation>短信发送至 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email (no email address bound)</source>
        <translation>邮件（未绑定邮箱地址）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Email to %1</source>
        <translation>邮件发送至 %1(&amp;E)</translation>
    </message>
    <message>
        <source>The services are disabled only when nothing is owed: the Financial Check must pass.</source>
        <translation>只有在无任何欠款时才能注销服务：财务检查必须通过。</translation>
    </message>
    <message>
        <source>&amp;I understand that all data will be automatically deleted and can no longer be accessed after Huawei Cloud services are disabled.</source>
        <translation>我了解华为云服务注销后，所有数据将被自动删除且无法再访问。(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>注销(&amp;D)</translation>
    </message>
</context>
<context>
    <name>oc::gui::EditInformationDialog</name>
    <message>
        <source>The account information was saved.</source>
        <translation>账号信息已保存。</translation>
    </message>
    <message>
        <source>--Select--</source>
        <translation>--请选择--</translation>
    </message>
    <message>
        <source>Edit Information</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <source>Before real-name authentication an individual account can become an enterprise one, never the other way round.</source>
        <translation>实名认证前，个人账号可以变更为企业账号，反之则不行。</translation>
    </message>
    <message>
        <source>Qualification proof</source>
        <translation>资质证明</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Select a qualification name.</source>
        <translation>请选择资质名称。</translation>
    </message>
</context>
<context>
    <name>oc::gui::EnterpriseConfirmPage</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Enterprise information</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Confirm the company information of the fee-center account.</source>
        <translation>请确认费用中心账号的企业信息。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ExistingFeeCenterPage</name>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Bind the fee-center account</source>
        <translation>绑定费用中心账号</translation>
    </message>
    <message>
        <source>Enter the fee-center account&apos;s username and verify with the code sent to its email.</source>
        <translation>输入费用中心账号的用户名，并使用发送到其邮箱的验证码进行验证。</translation>
    </message>
    <message>
        <source>The site does not matter for binding; it is where workspaces created in this flow are created, and it cannot be changed afterwards.</source>
        <translation>站点不影响绑定；本流程中新建的工作空间将创建在此站点，之后不可更改。</translation>
    </message>
</context>
<context>
    <name>oc::gui::FeeCenterChoicePage</name>
    <message>
        <source>Start using %1</source>
        <translation>开始使用%1</translation>
    </message>
    <message>
        <source>This Huawei Cloud account is not linked to a fee-center account yet.</source>
        <translation>该华为云账号尚未关联费用中心账号。</translation>
    </message>
    <message>
        <source>A fee-center account is an independent account of the %1 Billing Center that manages the Commercial Plan&apos;s bills; one account can settle many workspaces. Without one, register the Commercial Plan (the registration opens with this Huawei Cloud account ID). With one, bind it.</source>
        <translation>费用中心账号是%1费用中心的独立账号，用于管理商业版账单；一个账号可以结算多个工作空间。没有账号时请注册商业版（注册时将自动填入此华为云账号ID）；已有账号时请绑定。</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>注册(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>oc::gui::GuidedTour</name>
    <message>
        <source>The tour is waiting: %1</source>
        <translation>导览正在等待：%1</translation>
    </message>
    <message>
        <source>The tour is waiting for %1 to appear.</source>
        <translation>导览正在等待 %1 出现。</translation>
    </message>
    <message>
        <source>A question follows: accept it.</source>
        <translation>接下来会出现一个提问：请确认。</translation>
    </message>
    <message>
        <source>A question follows: decline it.</source>
        <translation>接下来会出现一个提问：请拒绝。</translation>
    </message>
    <message>
        <source>A question follows: enter “%1”.</source>
        <translation>接下来会出现一个提问：请输入“%1”。</translation>
    </message>
    <message>
        <source>A file chooser follows: choose %1.</source>
        <translation>接下来会打开文件选择框：请选择 %1。</translation>
    </message>
    <message>
        <source>Choose %1 in the menu.</source>
        <translation>在菜单中选择 %1。</translation>
    </message>
    <message>
        <source>Well done: you completed “%1” on your own.</source>
        <translation>做得好：您已独立完成“%1”。</translation>
    </message>
    <message>
        <source>The tour was stopped. The console stays open to try on.</source>
        <translation>导览已停止。控制台保持打开，可继续练习。</translation>
    </message>
    <message>
        <source>This step cannot be skipped: %1</source>
        <translation>无法跳过此步骤：%1</translation>
    </message>
    <message>
        <source>Type “%1” in %2.</source>
        <translation>在 %2 中输入“%1”。</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>勾选 %1。</translation>
    </message>
    <message>
        <source>Clear %1.</source>
        <translation>取消勾选 %1。</translation>
    </message>
    <message>
        <source>Open the tab “%1”.</source>
        <translation>打开“%1”选项卡。</translation>
    </message>
    <message>
        <source>Choose “%1” in %2.</source>
        <translation>在 %2 中选择“%1”。</translation>
    </message>
    <message>
        <source>Select the row with “%1” in %2.</source>
        <translation>在 %2 中选择含“%1”的行。</translation>
    </message>
    <message>
        <source>Tick the row with “%1” in %2.</source>
        <translation>在 %2 中勾选含“%1”的行。</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>单击 %1。</translation>
    </message>
    <message>
        <source>%1 reads “%2”; this step needs “%3”.</source>
        <translation>%1 中是“%2”；这一步需要“%3”。</translation>
    </message>
    <message>
        <source>That is %1. This step: %2</source>
        <translation>这是 %1。本步骤：%2</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>The scenario has no entry &quot;%1&quot;.</source>
        <translation>场景中没有条目“%1”。</translation>
    </message>
    <message>
        <source>The tour cannot create its folder: %1</source>
        <translation>导览无法创建文件夹：%1</translation>
    </message>
    <message>
        <source>The tour cannot start: %1</source>
        <translation>导览无法启动：%1</translation>
    </message>
    <message>
        <source>The tour cannot open &quot;%1&quot;: %2</source>
        <translation>导览无法打开“%1”：%2</translation>
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
        <source>In this console: Marketplace &gt; My orders, column Order number.</source>
        <translation>在本控制台中：云商店 &gt; 我的订单，“订单号”列。</translation>
    </message>
    <message>
        <source>Copy the order number (CS, 10 digits and 5 letters or digits).</source>
        <translation>复制订单号（CS 加 10 位数字和 5 位字母或数字）。</translation>
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
        <source>Not real-name authenticated: cannot buy yet</source>
        <translation>未实名认证：暂不能购买</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>A HUAWEI ID with Huawei Cloud services enabled, a mobile number and a card.</source>
        <translation>注册华为账号并开通华为云服务，绑定手机号和银行卡。</translation>
    </message>
    <message>
        <source>Real-name authentication</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Individual or enterprise; reviewed within three working days.</source>
        <translation>个人或企业认证；三个工作日内完成审核。</translation>
    </message>
    <message>
        <source>%1 of 8 steps done</source>
        <translation>已完成 %1/8 步</translation>
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
        <source>&amp;Buy on KooGallery…</source>
        <translation>在云商店购买(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 (changed %2 of %3 times allowed this year)</source>
        <translation>%1（今年已修改 %2 次，共允许 %3 次）</translation>
    </message>
    <message>
        <source>&amp;Sign up a HUAWEI ID…</source>
        <translation>注册华为账号(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Authenticate…</source>
        <translation>实名认证(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign &amp;in to Huawei Cloud…</source>
        <translation>登录华为云(&amp;I)…</translation>
    </message>
    <message>
        <source>No card bound</source>
        <translation>未绑定银行卡</translation>
    </message>
    <message>
        <source>%1 (%2, expires %3)</source>
        <translation>%1（%2，有效期至 %3）</translation>
    </message>
    <message>
        <source>Qualified: use first, pay later; billed on the 3rd of the next month</source>
        <translation>已开通：先使用后付费；次月 3 日出账</translation>
    </message>
    <message>
        <source>Not qualified: bind a card to use first and pay later</source>
        <translation>未开通：绑定银行卡后可先使用后付费</translation>
    </message>
    <message>
        <source>CTS traces</source>
        <translation>CTS 事件</translation>
    </message>
    <message>
        <source>No traces recorded for this account yet.</source>
        <translation>此账号尚无事件记录。</translation>
    </message>
    <message>
        <source>No trace matches the search or the trace name.</source>
        <translation>没有符合搜索条件或事件名称的事件。</translation>
    </message>
    <message>
        <source>Trace &amp;name:</source>
        <translation>事件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Journal of the account</source>
        <translation>账号日志</translation>
    </message>
    <message>
        <source>Message recipients</source>
        <translation>消息接收人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>A month&apos;s bill is in the currency last selected in its billing cycle.</source>
        <translation>每月账单使用该账期内最后选择的币种。</translation>
    </message>
    <message>
        <source>Manage HUAWEI ID</source>
        <translation>管理华为账号</translation>
    </message>
    <message>
        <source>Edit tenant name</source>
        <translation>编辑租户名</translation>
    </message>
    <message>
        <source>Edit service email address</source>
        <translation>编辑服务邮箱地址</translation>
    </message>
    <message>
        <source>Edit information</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>复制账号ID</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>保存偏好设置</translation>
    </message>
    <message>
        <source>No data available.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>Not yet bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Not yet selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>%1 (changed on %2; it cannot be changed again)</source>
        <translation>%1（已于 %2 修改，不能再次修改）</translation>
    </message>
    <message>
        <source>Enterprise Name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Bind service mobile number</source>
        <translation>绑定服务手机号码</translation>
    </message>
    <message>
        <source>Edit service mobile number</source>
        <translation>编辑服务手机号码</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>偏好设置已保存。</translation>
    </message>
    <message>
        <source>Delete recipient</source>
        <translation>删除接收人</translation>
    </message>
    <message>
        <source>Delete the message recipient %1? They will no longer receive this account&apos;s notifications.</source>
        <translation>删除消息接收人 %1？删除后其将不再接收此账号的通知。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The recipient %1 was deleted.</source>
        <translation>接收人 %1 已删除。</translation>
    </message>
    <message>
        <source>Closing status</source>
        <translation>关闭状态</translation>
    </message>
    <message>
        <source>Huawei Cloud services are not enabled: there is nothing to close.</source>
        <translation>华为云服务未开通，无需关闭。</translation>
    </message>
    <message>
        <source>Closing deletes the data kept in Huawei Cloud for good. Services must be closed before they can be disabled; the HUAWEI ID itself remains.</source>
        <translation>关闭后，保存在华为云中的数据将被永久删除。服务须先关闭才能注销；华为账号本身仍然保留。</translation>
    </message>
    <message>
        <source>Closed on %1. The data is kept until %2 (%3 day(s) left), then the services are disabled automatically.</source>
        <translation>已于 %1 关闭。数据保留至 %2（剩余 %3 天），之后服务将自动注销。</translation>
    </message>
    <message>
        <source>%1 Restore and Disable are possible from %2 (24 hours after closing).</source>
        <translation>%1自 %2 起（关闭 24 小时后）可恢复或注销。</translation>
    </message>
    <message>
        <source>%1 Restore and Disable are possible now.</source>
        <translation>%1现在可以恢复或注销。</translation>
    </message>
    <message>
        <source>Disabled on %1: the account can no longer sign in and the services cannot be restored. The HUAWEI ID itself remains.</source>
        <translation>已于 %1 注销：该账号无法再登录，服务也无法恢复。华为账号本身仍然保留。</translation>
    </message>
    <message>
        <source>Disabled: the account can no longer sign in and the services cannot be restored. The HUAWEI ID itself remains.</source>
        <translation>已注销：该账号无法再登录，服务也无法恢复。华为账号本身仍然保留。</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiIdManageDialog</name>
    <message>
        <source>The login ID was changed to %1.</source>
        <translation>登录ID已修改为 %1。</translation>
    </message>
    <message>
        <source>Account &amp; Security</source>
        <translation>账号与安全</translation>
    </message>
    <message>
        <source>How this HUAWEI ID signs in. The login ID can be changed only once; the tenant name is not a login name.</source>
        <translation>该华为账号的登录信息。登录ID只能修改一次；租户名不是登录名。</translation>
    </message>
    <message>
        <source>The login ID was already changed on %1 and cannot be changed again.</source>
        <translation>登录ID已于 %1 修改过，不能再次修改。</translation>
    </message>
    <message>
        <source>6 to 32 letters, digits, - and _, starting with a letter. It can be changed only once.</source>
        <translation>6 到 32 个字母、数字、- 和 _，以字母开头。只能修改一次。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Not yet bound</source>
        <translation>未绑定</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginBindPage</name>
    <message>
        <source>Binding the website account…</source>
        <translation>正在绑定网站账号…</translation>
    </message>
    <message>
        <source>Bind your Huawei website account</source>
        <translation>绑定华为网站账号</translation>
    </message>
    <message>
        <source>First login with this account: bind it to a Huawei Cloud account.</source>
        <translation>首次使用该账号登录：请将其绑定到华为云账号。</translation>
    </message>
    <message>
        <source>Later logins go straight in. After binding, the Huawei Cloud account can also sign in with its own name or mobile number.</source>
        <translation>以后登录将直接进入。绑定后，该华为云账号也可使用自己的账号名或手机号登录。</translation>
    </message>
    <message>
        <source>Create and &amp;Bind</source>
        <translation>创建并绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginCodePage</name>
    <message>
        <source>Checking the code…</source>
        <translation>正在校验验证码…</translation>
    </message>
    <message>
        <source>Verify your identity</source>
        <translation>验证身份</translation>
    </message>
    <message>
        <source>Obtain a verification code and enter it.</source>
        <translation>获取验证码并输入。</translation>
    </message>
    <message>
        <source>S&amp;MS (no mobile number bound)</source>
        <translation>短信(&amp;M)（未绑定手机号）</translation>
    </message>
    <message>
        <source>S&amp;MS to %1</source>
        <translation>短信发送至 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email (no email address bound)</source>
        <translation>邮箱(&amp;E)（未绑定邮箱）</translation>
    </message>
    <message>
        <source>&amp;Email to %1</source>
        <translation>邮件发送至 %1(&amp;E)</translation>
    </message>
    <message>
        <source>Both a mobile number and an email address are bound: choose where the code goes. Codes arrive in the Outbox.</source>
        <translation>已同时绑定手机号和邮箱：请选择验证码的接收方式。验证码会出现在发件箱中。</translation>
    </message>
    <message>
        <source>The code goes to the only destination bound. Codes arrive in the Outbox.</source>
        <translation>验证码将发送到唯一绑定的联系方式。验证码会出现在发件箱中。</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginDonePage</name>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in to Huawei Cloud as %1.</source>
        <translation>已以 %1 的身份登录华为云。</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Trusted: no code needed next time</source>
        <translation>已信任：下次无需验证码</translation>
    </message>
    <message>
        <source>Not trusted: a code is needed each time</source>
        <translation>未信任：每次都需要验证码</translation>
    </message>
    <message>
        <source>Huawei Cloud services are not enabled yet: sign in again to enable them.</source>
        <translation>华为云服务尚未开通：请再次登录以开通。</translation>
    </message>
    <message>
        <source>Next: real-name authentication. Only a real-name authenticated account can buy on KooGallery.</source>
        <translation>下一步：实名认证。只有已实名认证的账号才能在云商店购买。</translation>
    </message>
    <message>
        <source>The account can buy on KooGallery.</source>
        <translation>该账号可以在云商店购买。</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginEnablePage</name>
    <message>
        <source>Enabling Huawei Cloud services…</source>
        <translation>正在开通华为云服务…</translation>
    </message>
    <message>
        <source>Enable Huawei Cloud Services</source>
        <translation>开通华为云服务</translation>
    </message>
    <message>
        <source>Signed in. Huawei Cloud services of this account are not enabled yet.</source>
        <translation>已登录。该账号的华为云服务尚未开通。</translation>
    </message>
    <message>
        <source>Until the services are enabled the account cannot buy or be authenticated; you can enable them at any later login.</source>
        <translation>服务开通前，该账号不能购买，也不能实名认证；您可以在以后任意一次登录时开通。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>开通(&amp;E)</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginPage</name>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in to Huawei Cloud</source>
        <translation>登录华为云</translation>
    </message>
    <message>
        <source>Sign in as the customer: with the HUAWEI ID, or with another Huawei account.</source>
        <translation>以客户身份登录：使用华为账号或其他华为账号。</translation>
    </message>
    <message>
        <source>The HUAWEI ID signs in with its mobile number (the security phone), email address, login ID or account name. The service mobile number cannot be used to sign in.</source>
        <translation>华为账号可使用手机号（安全手机）、邮箱、登录 ID 或账号名登录。服务手机号不能用于登录。</translation>
    </message>
    <message>
        <source>Account and network data are used to secure and improve the login (simulated: nothing leaves this console).</source>
        <translation>账号和网络数据将用于保障和改进登录（模拟：数据不会离开本控制台）。</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginTrustPage</name>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Trust this browser?</source>
        <translation>信任此浏览器？</translation>
    </message>
    <message>
        <source>The code is right. Trust this console to sign in to this account without a verification code next time?</source>
        <translation>验证码正确。是否信任本控制台，下次登录该账号时无需验证码？</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>本控制台</translation>
    </message>
    <message>
        <source>Trust only a device that you alone use.</source>
        <translation>请只信任仅由您本人使用的设备。</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
</context>
<context>
    <name>oc::gui::HuaweiLoginWizard</name>
    <message>
        <source>Sign in to Huawei Cloud</source>
        <translation>登录华为云</translation>
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
    <message>
        <source>&amp;Bind the organization…</source>
        <translation>绑定组织(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Unified &amp;login…</source>
        <translation>统一登录(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;uthorize members…</source>
        <translation>授权成员(&amp;U)…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Select an organization first.</source>
        <translation>请先选择一个组织。</translation>
    </message>
    <message>
        <source>Authorize members</source>
        <translation>授权成员</translation>
    </message>
    <message>
        <source>Select a bound order first.</source>
        <translation>请先选择一个已绑定的订单。</translation>
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
</context>
<context>
    <name>oc::gui::LastCheckDialog</name>
    <message>
        <source>View Last Check Result</source>
        <translation>查看上次检查结果</translation>
    </message>
    <message>
        <source>The automatic checks of the last application to close Huawei Cloud services, as they were run then. A failed check ended its application; a new one may be submitted once the failed items are fixed.</source>
        <translation>上一次关闭华为云服务申请的自动检查结果（按当时的检查）。未通过的检查已结束其申请；修复未通过的项目后可提交新的申请。</translation>
    </message>
    <message>
        <source>No check yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Passed; the services were closed on %1.</source>
        <translation>已通过；服务已于 %1 关闭。</translation>
    </message>
    <message>
        <source>Passed; the services were not closed with it.</source>
        <translation>已通过；但未据此关闭服务。</translation>
    </message>
    <message>
        <source>Failed; the application ended.</source>
        <translation>未通过；申请已结束。</translation>
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
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>oc::gui::LoginPage</name>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Unified login</source>
        <translation>统一登录</translation>
    </message>
    <message>
        <source>Log in with the account and password set when the member was added, e.g. wendy@gcy.</source>
        <translation>使用添加成员时设置的账号和密码登录，例如 wendy@gcy。</translation>
    </message>
</context>
<context>
    <name>oc::gui::LoginWizard</name>
    <message>
        <source>Unified login</source>
        <translation>统一登录</translation>
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
    <message numerus="yes">
        <source>Resource closed; %n workspace(s) locked.</source>
        <translation>
            <numerusform>资源已关闭；%n 个工作空间已锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation>解锁工作空间</translation>
    </message>
    <message>
        <source>Unlock the workspace &quot;%1&quot;? It will settle through its fee-center account.</source>
        <translation>解锁工作空间“%1”？它将通过其费用中心账号结算。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; unlocked: it settles through the fee-center account.</source>
        <translation>工作空间“%1”已解锁：将通过费用中心账号结算。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server: %1 — operator %2</source>
        <translation>服务器：%1 — 操作员 %2</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Associate with a &amp;Partner…</source>
        <translation>关联合作伙伴(&amp;P)…</translation>
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
    <message>
        <source>S&amp;ubscribe to %1 SaaS Edition…</source>
        <translation>订阅%1 SaaS 版(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Close resource</source>
        <translation>关闭资源</translation>
    </message>
    <message>
        <source>Select a purchased service first.</source>
        <translation>请先选择一个已购买的服务。</translation>
    </message>
    <message>
        <source>&amp;Close resource…</source>
        <translation>关闭资源(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Buy stored-value cards…</source>
        <translation>购买储值卡(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>oc::gui::MasterInviteDialog</name>
    <message>
        <source>%1 was invited to become a member account (%2). The invitation waits for its answer on its My Master Account page.</source>
        <translation>已邀请 %1 成为成员账号（%2）。邀请等待其在“我的主账号”页面答复。</translation>
    </message>
    <message>
        <source>Invite a Member Account (act as the master account)</source>
        <translation>邀请成员账号（模拟主账号）</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>邀请(&amp;I)</translation>
    </message>
    <message>
        <source>Simulation: acting as this master account, invite an existing HUAWEI ID to become its member account for enterprise accounting management. The member account accepts or rejects the invitation on its My Master Account page.</source>
        <translation>模拟：以此主账号的身份，邀请一个已有的华为账号成为其成员账号，进行企业财务管理。成员账号在其“我的主账号”页面接受或拒绝邀请。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>32 characters, digits 0-9 and letters a-f</source>
        <translation>32 个字符，数字 0-9 和字母 a-f</translation>
    </message>
    <message>
        <source>&amp;Unified accounting</source>
        <translation>统一核算(&amp;U)</translation>
    </message>
    <message>
        <source>I&amp;ndependent accounting</source>
        <translation>独立核算(&amp;N)</translation>
    </message>
</context>
<context>
    <name>oc::gui::MasterRequestDialog</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>You accepted the cancellation request of %1: this account is no longer its member account.</source>
        <translation>您已接受 %1 的取消关联请求：此账号不再是其成员账号。</translation>
    </message>
    <message>
        <source>You rejected the cancellation request of %1: the association stays.</source>
        <translation>您已拒绝 %1 的取消关联请求：关联保持不变。</translation>
    </message>
    <message>
        <source>You accepted the invitation of %1: this account is now its member account.</source>
        <translation>您已接受 %1 的邀请：此账号现为其成员账号。</translation>
    </message>
    <message>
        <source>You rejected the invitation of %1.</source>
        <translation>您已拒绝 %1 的邀请。</translation>
    </message>
    <message>
        <source>Accepting ends the association: the master account no longer pays for or manages this account&apos;s spending, and the permissions it was granted are withdrawn.</source>
        <translation>接受后关联即结束：主账号不再为此账号的消费付款或管理其消费，已授予的权限随之收回。</translation>
    </message>
    <message>
        <source>&amp;I have read and agree to the Huawei Cloud Account Management Agreement.</source>
        <translation>我已阅读并同意《华为云账号管理协议》。(&amp;I)</translation>
    </message>
</context>
<context>
    <name>oc::gui::MaterialField</name>
    <message>
        <source>Materials (*.jpg *.jpeg *.bmp *.png *.gif *.pdf);;All files (*)</source>
        <translation>材料 (*.jpg *.jpeg *.bmp *.png *.gif *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>选择：%1</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>oc::gui::MemberChecklist</name>
    <message>
        <source>%1 (%2) — authorized</source>
        <translation>%1（%2）— 已授权</translation>
    </message>
</context>
<context>
    <name>oc::gui::MemberDialog</name>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Name of the department under %1:</source>
        <translation>%1 下的部门名称：</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Members log in to %1 as account@%2 with the initial password, which they change at first login. The account and password also sign in to the Billing Center.</source>
        <translation>成员以 账号@%2 和初始密码登录%1，首次登录时修改密码。该账号和密码也可登录费用中心。</translation>
    </message>
    <message>
        <source>Tell the member the password offline; after authorization it is also sent by SMS.</source>
        <translation>请线下告知成员密码；授权后也会通过短信发送。</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>生成密码</translation>
    </message>
</context>
<context>
    <name>oc::gui::MyMasterAccountPanel</name>
    <message>
        <source>Cancellation requested:</source>
        <translation>请求解除时间：</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>邀请时间：</translation>
    </message>
    <message>
        <source>Requested: granted when you accept the invitation.</source>
        <translation>已申请：接受邀请后授予。</translation>
    </message>
    <message>
        <source>Granted since %1; withdrawn if you accept the cancellation.</source>
        <translation>自 %1 起已授予；接受取消关联后收回。</translation>
    </message>
    <message>
        <source>Granted since %1.</source>
        <translation>自 %1 起已授予。</translation>
    </message>
    <message>
        <source>Request Cancellation</source>
        <translation>请求取消关联</translation>
    </message>
    <message>
        <source>Ask %1 (%2) to cancel its association with this master account? The member account accepts or rejects the request on its My Master Account page.</source>
        <translation>请求 %1（%2）解除与此主账号的关联？成员账号在其“我的主账号”页面接受或拒绝该请求。</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>The cancellation was requested: %1 answers it on its My Master Account page.</source>
        <translation>已请求取消关联：%1 将在其“我的主账号”页面处理。</translation>
    </message>
    <message>
        <source>Not associated with a master account.</source>
        <translation>未关联主账号。</translation>
    </message>
    <message>
        <source>Copy the master account&apos;s ID</source>
        <translation>复制主账号的账号ID</translation>
    </message>
    <message>
        <source>The master account asks for these permissions:</source>
        <translation>主账号申请以下权限：</translation>
    </message>
    <message>
        <source>This account is an enterprise master account (Enterprise Center). Its member accounts, and the accounts it invited:</source>
        <translation>此账号为企业主账号（已开通企业中心）。其成员账号及已邀请的账号：</translation>
    </message>
    <message>
        <source>No member accounts yet.</source>
        <translation>暂无成员账号。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Enterprise Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>核算方式</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Associated Since</source>
        <translation>关联时间</translation>
    </message>
    <message>
        <source>Member accounts</source>
        <translation>成员账号</translation>
    </message>
    <message>
        <source>Simulation: the operator plays this account as the master account. Only the master starts an association or its cancellation; the member account accepts or rejects it on its My Master Account page.</source>
        <translation>模拟：操作员以此账号作为主账号进行操作。只有主账号可以发起关联或取消关联；成员账号在其“我的主账号”页面接受或拒绝。</translation>
    </message>
</context>
<context>
    <name>oc::gui::MyPartnerPanel</name>
    <message>
        <source>Notice to Customers Who Associate with a Partner of HUAWEI CLOUD</source>
        <translation>华为云客户关联合作伙伴须知</translation>
    </message>
    <message>
        <source>Acting as the partner %1, agree to the customer&apos;s request? The association ends.</source>
        <translation>以合作伙伴 %1 的身份同意客户的申请？关联将解除。</translation>
    </message>
    <message>
        <source>Acting as the partner %1, refuse the customer&apos;s request? The association goes on.</source>
        <translation>以合作伙伴 %1 的身份拒绝客户的申请？关联将继续。</translation>
    </message>
    <message>
        <source>Customer&apos;s Disassociation Request</source>
        <translation>客户的解除关联申请</translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation>同意(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <source>The partner %1 agreed: the account is no longer associated with it.</source>
        <translation>合作伙伴 %1 已同意：账号已与其解除关联。</translation>
    </message>
    <message>
        <source>The partner %1 refused the request to disassociate: the association goes on.</source>
        <translation>合作伙伴 %1 拒绝了解除关联申请：关联继续。</translation>
    </message>
    <message>
        <source>Monthly budget: %1.</source>
        <translation>月度预算：%1。</translation>
    </message>
    <message>
        <source>No monthly budget is set yet.</source>
        <translation>尚未设置月度预算。</translation>
    </message>
    <message>
        <source>Your partner %1 requests to disassociate from your account (Reason: %2). Please process the request immediately.</source>
        <translation>您的合作伙伴 %1 申请与您的账号解除关联（原因：%2）。请尽快处理该申请。</translation>
    </message>
    <message>
        <source>Your request to disassociate from %1 (submitted %2) waits for the partner. You will be notified of the result.</source>
        <translation>您与 %1 解除关联的申请（提交于 %2）正在等待合作伙伴处理。处理结果会通知您。</translation>
    </message>
    <message>
        <source>No data available.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>Not applicable (referral model)</source>
        <translation>不适用（推荐模式）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Not authorized. The Letter of Authorization can be given later.</source>
        <translation>未授权。授权书可以稍后再签署。</translation>
    </message>
    <message>
        <source>Authorized. CTS is enabled: the partner&apos;s operations on your behalf are traced.</source>
        <translation>已授权。已开通云审计服务（CTS）：合作伙伴代您执行的操作均有记录。</translation>
    </message>
    <message>
        <source>Authorized. Enable CTS to trace the partner&apos;s operations on your behalf (the operator&apos;s simulated condition &quot;CTS enabled&quot;).</source>
        <translation>已授权。开通云审计服务（CTS）即可记录合作伙伴代您执行的操作（操作员的模拟条件“已开通 CTS”）。</translation>
    </message>
    <message>
        <source>A disassociation request is pending: Disassociate is possible again once it is answered.</source>
        <translation>有一个解除关联申请正在等待处理：处理完成后才能再次解除关联。</translation>
    </message>
    <message>
        <source>One disassociation request every 3 months: the next is possible from %1.</source>
        <translation>每 3 个月只能申请一次解除关联：自 %1 起可再次申请。</translation>
    </message>
    <message>
        <source>One disassociation request every 3 months.</source>
        <translation>每 3 个月只能申请一次解除关联。</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>No partner association. A partner&apos;s invitation link associates an account with the partner (File &gt; Associate with a Partner…).</source>
        <translation>未关联合作伙伴。通过合作伙伴的邀请链接即可将账号与合作伙伴关联（文件 &gt; 关联合作伙伴…）。</translation>
    </message>
    <message>
        <source>Simulation: the operator plays the partner&apos;s side. Create an invitation link, set a reseller customer&apos;s monthly budget, ask to disassociate, or answer the customer&apos;s request to disassociate.</source>
        <translation>模拟：由操作员扮演合作伙伴一方。可创建邀请链接、为转售客户设置月度预算、申请解除关联，或答复客户的解除关联申请。</translation>
    </message>
    <message>
        <source>Read the notice</source>
        <translation>阅读须知</translation>
    </message>
    <message>
        <source>Agree to or refuse the partner&apos;s request to disassociate.</source>
        <translation>同意或拒绝合作伙伴的解除关联申请。</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgAuthorizationPage</name>
    <message>
        <source>%1 (instance %2)</source>
        <translation>%1（实例 %2）</translation>
    </message>
    <message>
        <source>Authorizing…</source>
        <translation>正在授权…</translation>
    </message>
    <message>
        <source>App authorization</source>
        <translation>应用授权</translation>
    </message>
    <message>
        <source>Select the members who may use %1, agree to the terms and confirm.</source>
        <translation>选择可以使用%1的成员，同意条款并确认。</translation>
    </message>
    <message>
        <source>&amp;Confirm authorization</source>
        <translation>确认授权(&amp;C)</translation>
    </message>
    <message>
        <source>Members to authorize</source>
        <translation>待授权成员</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>正在加载成员…</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgBindingPage</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
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
        <source>Instance status</source>
        <translation>实例状态</translation>
    </message>
    <message>
        <source>Binding state</source>
        <translation>绑定状态</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Bound to this organization</source>
        <translation>已绑定到此组织</translation>
    </message>
    <message>
        <source>Bound to %1</source>
        <translation>已绑定到 %1</translation>
    </message>
    <message>
        <source>Binding the order…</source>
        <translation>正在绑定订单…</translation>
    </message>
    <message>
        <source>App binding</source>
        <translation>应用绑定</translation>
    </message>
    <message>
        <source>Bind the purchased order to the organization.</source>
        <translation>将已购买的订单绑定到组织。</translation>
    </message>
    <message>
        <source>Purchased orders</source>
        <translation>已购订单</translation>
    </message>
    <message>
        <source>Note: one order is bound to one organization. Multiple orders of the same product cannot be bound to the same organization.</source>
        <translation>注意：一个订单只能绑定一个组织。同一商品的多个订单不能绑定到同一个组织。</translation>
    </message>
    <message>
        <source>Loading the orders…</source>
        <translation>正在加载订单…</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgDonePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The organization is associated</source>
        <translation>组织已关联</translation>
    </message>
    <message>
        <source>Copy the unified login address</source>
        <translation>复制统一登录地址</translation>
    </message>
    <message>
        <source>Member logins</source>
        <translation>成员登录信息</translation>
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
        <source>SMS sent to</source>
        <translation>短信已发送至</translation>
    </message>
    <message>
        <source>Each authorized member was sent an SMS with the unified login address, the login name and the initial password.</source>
        <translation>已向每位授权成员发送短信，包含统一登录地址、登录名和初始密码。</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgMembersPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the organization? Their authorizations end too.</source>
        <translation>从组织中移除 %1？其授权也将一并终止。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Fill in the employees&apos; names, departments and contact information.</source>
        <translation>填写员工的姓名、部门和联系方式。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>The account and password created here are used to log in to %1 and to register or log in to the Billing Center. Inform the members offline.</source>
        <translation>此处创建的账号和密码用于登录%1，以及注册或登录费用中心。请线下告知成员。</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>Loading the owner&apos;s details…</source>
        <translation>正在加载所有者信息…</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>正在移除成员…</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgProgressPage</name>
    <message>
        <source>Ready: add members next.</source>
        <translation>已就绪：接下来添加成员。</translation>
    </message>
    <message numerus="yes">
        <source>Setting up… (about %n second(s) left)</source>
        <translation>
            <numerusform>正在初始化…（约剩 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting up the organization</source>
        <translation>正在初始化组织</translation>
    </message>
    <message>
        <source>Initial enterprise setup takes 1-3 minutes (R-ORG-3). You may close the wizard and come back.</source>
        <translation>企业初始化需要 1-3 分钟（R-ORG-3）。您可以关闭向导，稍后再回来。</translation>
    </message>
    <message>
        <source>Demo clock:</source>
        <translation>演示时钟：</translation>
    </message>
    <message>
        <source>Setup progress</source>
        <translation>初始化进度</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrgSetupPage</name>
    <message>
        <source>✓ Available. Members will log in as account@%1.</source>
        <translation>✓ 可用。成员将以 账号@%1 登录。</translation>
    </message>
    <message>
        <source>Creating the organization…</source>
        <translation>正在创建组织…</translation>
    </message>
    <message>
        <source>New enterprise setup</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Joint Operations: the organization that uses the purchased %1 service.</source>
        <translation>联营服务：使用已购%1服务的组织。</translation>
    </message>
    <message>
        <source>Note: the enterprise name cannot be modified after creation. The abbreviation is the organization&apos;s unique identifier and cannot be changed; members log in as account@abbreviation. Setting up takes 1-3 minutes.</source>
        <translation>注意：企业名称创建后不可修改。企业简称是组织的唯一标识，不可更改；成员以 账号@企业简称 登录。初始化需要 1-3 分钟。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Loading the owner&apos;s organizations…</source>
        <translation>正在加载该所有者的组织…</translation>
    </message>
</context>
<context>
    <name>oc::gui::OrganizationWizard</name>
    <message>
        <source>Bind the organization</source>
        <translation>绑定组织</translation>
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
    <name>oc::gui::PartnerAssocWizard</name>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Associated with the partner %1. The account is frozen until the partner sets a monthly budget.</source>
        <translation>已与合作伙伴 %1 关联。在合作伙伴设置月度预算之前，账号处于冻结状态。</translation>
    </message>
    <message>
        <source>Associated with the partner %1.</source>
        <translation>已与合作伙伴 %1 关联。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerBudgetDialog</name>
    <message>
        <source>The monthly budget is %1.</source>
        <translation>月度预算为 %1。</translation>
    </message>
    <message>
        <source>The monthly budget is %1: the account is no longer frozen.</source>
        <translation>月度预算为 %1：账号已解冻。</translation>
    </message>
    <message>
        <source>Enter an amount in CNY greater than zero, such as 5000.00.</source>
        <translation>请输入大于零的人民币金额，例如 5000.00。</translation>
    </message>
    <message>
        <source>Set Monthly Budget (act as the partner)</source>
        <translation>设置月度预算（扮演合作伙伴）</translation>
    </message>
    <message>
        <source>Acting as the reseller partner, set how much the customer may spend each month. A frozen account is unfrozen once the budget is set.</source>
        <translation>以转售合作伙伴的身份设置客户每月可消费的金额。设置预算后，被冻结的账号即解冻。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not set (the account is frozen)</source>
        <translation>未设置（账号已冻结）</translation>
    </message>
    <message>
        <source>For example 5000.00</source>
        <translation>例如 5000.00</translation>
    </message>
    <message>
        <source>&amp;Set Budget</source>
        <translation>设置预算(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerDisassociateDialog</name>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Disassociate</source>
        <translation>解除关联(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>正在检查账号…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>✓ The account passes the check: you can apply to disassociate.</source>
        <translation>✓ 账号已通过检查：可以申请解除关联。</translation>
    </message>
    <message>
        <source>✗ Not all conditions are met: fix every item below, then check again.</source>
        <translation>✗ 未满足全部条件：请处理以下每一项后重新检查。</translation>
    </message>
    <message>
        <source>One request every 3 months: the next is possible from %1.</source>
        <translation>每 3 个月只能申请一次：自 %1 起可再次申请。</translation>
    </message>
    <message>
        <source>One request every 3 months: a request is possible now.</source>
        <translation>每 3 个月只能申请一次：现在可以申请。</translation>
    </message>
    <message>
        <source>Your application to disassociate from the partner %1 was submitted. The partner processes it and you will be notified of the result.</source>
        <translation>与合作伙伴 %1 解除关联的申请已提交。合作伙伴将进行处理，处理结果会通知您。</translation>
    </message>
    <message>
        <source>Disassociate from the Partner</source>
        <translation>与合作伙伴解除关联</translation>
    </message>
    <message>
        <source>Step 1 of 3: Check</source>
        <translation>第 1 步（共 3 步）：检查</translation>
    </message>
    <message>
        <source>Step 2 of 3: Confirm</source>
        <translation>第 2 步（共 3 步）：确认</translation>
    </message>
    <message>
        <source>Step 3 of 3: Verify by SMS</source>
        <translation>第 3 步（共 3 步）：短信验证</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <source>The account must pass every condition before it can apply to disassociate. If an item fails, fix it as prompted and check again.</source>
        <translation>账号须满足所有条件才能申请解除关联。如有未通过的项目，请按提示处理后重新检查。</translation>
    </message>
    <message>
        <source>Before you disassociate from %1:</source>
        <translation>与 %1 解除关联前请注意：</translation>
    </message>
    <message>
        <source>The request goes to the partner, who processes it; you are notified of the result.</source>
        <translation>申请将提交给合作伙伴处理，处理结果会通知您。</translation>
    </message>
    <message>
        <source>Orders waiting for the partner to pay must first be cancelled, or paid by the partner.</source>
        <translation>等待合作伙伴支付的订单须先取消，或由合作伙伴支付。</translation>
    </message>
    <message>
        <source>Only one disassociation request is possible every 3 months.</source>
        <translation>每 3 个月只能申请一次解除关联。</translation>
    </message>
    <message>
        <source>Once disassociated, the partner no longer manages the account and its spending is no longer billed through the partner.</source>
        <translation>解除关联后，合作伙伴不再管理该账号，其消费也不再通过合作伙伴结算。</translation>
    </message>
    <message>
        <source>&amp;I understand the preceding statement and confirm to disassociate from the partner account.</source>
        <translation>我已了解上述声明，确认与合作伙伴账号解除关联。(&amp;I)</translation>
    </message>
    <message>
        <source>Send an SMS verification code to the account&apos;s mobile number and enter it. Codes arrive in the Outbox.</source>
        <translation>向账号的手机号发送短信验证码并输入。验证码会出现在发件箱中。</translation>
    </message>
    <message>
        <source>No mobile number bound</source>
        <translation>未绑定手机号</translation>
    </message>
    <message>
        <source>Application submitted.</source>
        <translation>申请已提交。</translation>
    </message>
    <message>
        <source>The partner %1 processes your request to disassociate; you will be notified of the result. Meanwhile My Partner shows the request as pending.</source>
        <translation>合作伙伴 %1 将处理您的解除关联申请，处理结果会通知您。在此期间，“我的合作伙伴”显示该申请待处理。</translation>
    </message>
    <message>
        <source>Runs the check again once the failed items are fixed.</source>
        <translation>处理未通过的项目后重新检查。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerEnablePage</name>
    <message>
        <source>Associating with the partner…</source>
        <translation>正在关联合作伙伴…</translation>
    </message>
    <message>
        <source>The account does not meet these conditions:</source>
        <translation>该账号不满足以下条件：</translation>
    </message>
    <message>
        <source>Associate another HUAWEI ID, or fix the conditions and click Enable again.</source>
        <translation>请关联其他华为账号，或处理上述条件后再次点击“开通”。</translation>
    </message>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Step 3 of 3: Enable Huawei Cloud Services</source>
        <translation>第 3 步（共 3 步）：开通华为云服务</translation>
    </message>
    <message>
        <source>Enable checks whether the account may be associated with the partner, then associates it.</source>
        <translation>“开通”会先检查该账号能否与合作伙伴关联，然后完成关联。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A new HUAWEI ID for %1</source>
        <translation>为 %1 新建的华为账号</translation>
    </message>
    <message>
        <source>&amp;I have read and agree with the Huawei Cloud Customer Agreement, Privacy Statement, and Instructions for Associating with Huawei Cloud Partner.</source>
        <translation>我已阅读并同意《华为云用户协议》《隐私政策声明》和《华为云伙伴关联须知》。(&amp;I)</translation>
    </message>
    <message>
        <source>I would like to receive updates about discounts and &amp;promotions as and when they become available.</source>
        <translation>我愿意及时接收优惠和促销活动信息。(&amp;P)</translation>
    </message>
    <message>
        <source>In the reseller model the account is frozen once associated, until the partner sets a monthly budget.</source>
        <translation>转售模式下，账号关联后即被冻结，直到合作伙伴设置月度预算。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>开通(&amp;E)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerFinishPage</name>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>The HUAWEI ID %1 now has %2 as its partner.</source>
        <translation>华为账号 %1 已关联合作伙伴：%2</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Cash coupons pay only for orders created before the association; later spending is billed to the partner.</source>
        <translation>现金券仅可支付关联前创建的订单；之后的消费由合作伙伴结算。</translation>
    </message>
    <message>
        <source>The partner, its contacts and the Operation Log are on the account&apos;s My Partner page.</source>
        <translation>合作伙伴、其联系人和操作日志见该账号的“我的合作伙伴”页面。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerInstructionsPage</name>
    <message>
        <source>Loading the invitation…</source>
        <translation>正在读取邀请…</translation>
    </message>
    <message>
        <source>Online invitation link: new and existing accounts</source>
        <translation>在线邀请链接：新账号和已有账号均可</translation>
    </message>
    <message>
        <source>Invitation for new accounts only</source>
        <translation>仅限新账号的邀请</translation>
    </message>
    <message>
        <source>Log in with an existing HUAWEI ID, or register a new one.</source>
        <translation>使用已有华为账号登录，或注册新账号。</translation>
    </message>
    <message>
        <source>Log In and Associate is not available: an existing account can associate only through the partner&apos;s online invitation link. Ask the partner for one, or register a new HUAWEI ID.</source>
        <translation>无法“登录并关联”：已有账号只能通过合作伙伴的在线邀请链接关联。请向合作伙伴索取在线邀请链接，或注册新的华为账号。</translation>
    </message>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Step 1 of 3: Read the Instructions</source>
        <translation>第 1 步（共 3 步）：阅读须知</translation>
    </message>
    <message>
        <source>&amp;I have read and agree with the Instructions for Associating with a Huawei Cloud Partner.</source>
        <translation>我已阅读并同意《华为云伙伴关联须知》。(&amp;I)</translation>
    </message>
    <message>
        <source>I have read and agree to the Letter of &amp;Authorization.</source>
        <translation>我已阅读并同意《授权书》。(&amp;A)</translation>
    </message>
    <message>
        <source>Optional. It lets the partner place orders and perform O&amp;M for you. It can also be given later, without affecting the association.</source>
        <translation>可选。授权后合作伙伴可代您下单和进行运维。也可以稍后再授权，不影响关联。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerInvitationDialog</name>
    <message>
        <source>Technical administration</source>
        <translation>技术管理</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation>令牌已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The link was copied to the clipboard.</source>
        <translation>链接已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The invitation of %1 was created: token %2.</source>
        <translation>%1 的邀请已创建：令牌 %2。</translation>
    </message>
    <message>
        <source>Create a Partner Invitation (act as the partner)</source>
        <translation>创建合作伙伴邀请（扮演合作伙伴）</translation>
    </message>
    <message>
        <source>Acting as a Huawei Cloud partner, create the invitation link (or QR code) that a customer uses to associate with the partner. Customers see the partner as entered here on My Partner.</source>
        <translation>以华为云合作伙伴的身份，创建客户用于关联该合作伙伴的邀请链接（或二维码）。客户在“我的合作伙伴”中看到的合作伙伴信息即此处填写的内容。</translation>
    </message>
    <message>
        <source>&amp;Online invitation link: existing HUAWEI IDs may log in and associate too (otherwise new accounts only).</source>
        <translation>在线邀请链接：已有华为账号也可登录并关联（否则仅限新账号）。(&amp;O)</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>&amp;Create Invitation</source>
        <translation>创建邀请(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The invitation of %1 was created.</source>
        <translation>%1 的邀请已创建。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>online link: new and existing accounts</source>
        <translation>在线链接：新账号和已有账号均可</translation>
    </message>
    <message>
        <source>new accounts only</source>
        <translation>仅限新账号</translation>
    </message>
    <message>
        <source>Send the link to the customer, or associate an account with it now.</source>
        <translation>将链接发送给客户，或现在就用它关联一个账号。</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerLogDialog</name>
    <message>
        <source>Operation Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Every step of the association with %1, newest first.</source>
        <translation>与 %1 关联的每一步操作，最新的在前。</translation>
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
        <source>By</source>
        <translation>操作方</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No operation yet.</source>
        <translation>暂无操作。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerLoginPage</name>
    <message>
        <source>Checking the account…</source>
        <translation>正在检查账号…</translation>
    </message>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Step 2 of 3: Login for Association</source>
        <translation>第 2 步（共 3 步）：登录关联</translation>
    </message>
    <message>
        <source>Log in with the HUAWEI ID to associate with the partner: its login ID, email address, mobile number or tenant name, and its password.</source>
        <translation>登录要与合作伙伴关联的华为账号：输入其登录 ID、邮箱、手机号或租户名，以及密码。</translation>
    </message>
    <message>
        <source>The account is checked now; it is associated when you click Enable on the next page.</source>
        <translation>现在检查账号；在下一页点击“开通”时完成关联。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerProcessDialog</name>
    <message>
        <source>You agreed: the account is no longer associated with the partner %1.</source>
        <translation>您已同意：账号已与合作伙伴 %1 解除关联。</translation>
    </message>
    <message>
        <source>You refused the partner&apos;s request: the association with %1 goes on.</source>
        <translation>您已拒绝合作伙伴的申请：与 %1 的关联继续。</translation>
    </message>
    <message>
        <source>Choose whether you agree to disassociate.</source>
        <translation>请选择是否同意解除关联。</translation>
    </message>
    <message>
        <source>Process the Partner&apos;s Request</source>
        <translation>处理合作伙伴的申请</translation>
    </message>
    <message>
        <source>Your partner %1 requests to disassociate from your account. Process the request: agree or refuse.</source>
        <translation>您的合作伙伴 %1 申请与您的账号解除关联。请处理该申请：同意或拒绝。</translation>
    </message>
    <message>
        <source>If you agree, the association ends: the partner no longer manages the account, and it is no longer billed through the partner. If you refuse, the association goes on. Either way the answer is recorded in the Operation Log and the partner is notified.</source>
        <translation>如果同意，关联即解除：合作伙伴不再管理该账号，账号也不再通过合作伙伴结算。如果拒绝，关联继续。无论哪种答复，都会记入操作日志并通知合作伙伴。</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerRegisterPage</name>
    <message>
        <source>Checking the verification code…</source>
        <translation>正在检查验证码…</translation>
    </message>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>Step 2 of 3: Register for Association</source>
        <translation>第 2 步（共 3 步）：注册关联</translation>
    </message>
    <message>
        <source>A new HUAWEI ID is created for the association when you click Enable on the next page. The verification code is sent to the email address (see the Outbox).</source>
        <translation>在下一页点击“开通”时，将为此次关联创建新的华为账号。验证码发送到该邮箱（见发件箱）。</translation>
    </message>
    <message>
        <source>For an individual, where the person lives; for an enterprise, where it is registered. It sets the applicable laws and tax rates, and cannot be changed once Huawei Cloud services are enabled.</source>
        <translation>个人选择居住地，企业选择注册地。它决定适用的法律和税率，开通华为云服务后不可更改。</translation>
    </message>
    <message>
        <source>At least 8 characters, with both letters and digits, and no spaces.</source>
        <translation>至少 8 个字符，须同时包含字母和数字，不能含空格。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerRequestDialog</name>
    <message>
        <source>The partner %1 asked to disassociate; the request waits for the customer (My Partner &gt; Process).</source>
        <translation>合作伙伴 %1 已申请解除关联；申请等待客户处理（我的合作伙伴 &gt; 处理）。</translation>
    </message>
    <message>
        <source>Request Disassociation (act as the partner)</source>
        <translation>申请解除关联（扮演合作伙伴）</translation>
    </message>
    <message>
        <source>Acting as the partner, ask to disassociate from this customer. The customer sees the request and its reason on My Partner and agrees or refuses.</source>
        <translation>以合作伙伴的身份申请与此客户解除关联。客户会在“我的合作伙伴”中看到申请及其原因，并选择同意或拒绝。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>For example: the cooperation agreement ended</source>
        <translation>例如：合作协议已到期</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>发送申请(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::PartnerTokenPage</name>
    <message>
        <source>Loading the invitation…</source>
        <translation>正在读取邀请…</translation>
    </message>
    <message>
        <source>Associate with a Partner</source>
        <translation>关联合作伙伴</translation>
    </message>
    <message>
        <source>The partner&apos;s invitation</source>
        <translation>合作伙伴的邀请</translation>
    </message>
    <message>
        <source>A Huawei Cloud partner invites its customers with an invitation link or a QR code. Paste the link, or the token it carries, to read the partner&apos;s instructions and associate a new or an existing HUAWEI ID with the partner.</source>
        <translation>华为云合作伙伴通过邀请链接或二维码邀请客户。粘贴链接或其中的令牌，即可阅读合作伙伴的须知，并将新的或已有的华为账号与该合作伙伴关联。</translation>
    </message>
    <message>
        <source>For example https://…/associate?token=… or the token alone. The operator, acting as the partner, creates invitations in Huawei accounts &gt; My Partner.</source>
        <translation>例如 https://…/associate?token=…，或仅粘贴令牌。操作员可扮演合作伙伴，在“华为云账号 &gt; 我的合作伙伴”中创建邀请。</translation>
    </message>
    <message>
        <source>Invitation link or token</source>
        <translation>邀请链接或令牌</translation>
    </message>
</context>
<context>
    <name>oc::gui::PasswordDialog</name>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The password was reset. Sign in with the new password.</source>
        <translation>密码已重置，请使用新密码登录。</translation>
    </message>
    <message>
        <source>HUAWEI ID Password</source>
        <translation>华为账号密码</translation>
    </message>
    <message>
        <source>Change or reset the password</source>
        <translation>修改或重置密码</translation>
    </message>
    <message>
        <source>The password of HUAWEI ID %1. Enter the current password, then the new one twice.</source>
        <translation>华为账号 %1 的密码。请输入当前密码，再输入两次新密码。</translation>
    </message>
    <message>
        <source>At least 8 characters, with both letters and digits, and no spaces.</source>
        <translation>至少 8 个字符，须同时包含字母和数字，不能含空格。</translation>
    </message>
    <message>
        <source>A verification code goes to the security phone or the email address of the HUAWEI ID (codes arrive in the Outbox); then choose a new password.</source>
        <translation>验证码将发送至华为账号的安全手机号或邮箱地址（可在发件箱查看），然后设置新密码。</translation>
    </message>
    <message>
        <source>Neither a security phone nor an email address is bound to this HUAWEI ID: its password cannot be reset with a code.</source>
        <translation>该华为账号既未绑定安全手机号，也未绑定邮箱地址，无法通过验证码重置密码。</translation>
    </message>
    <message>
        <source>S&amp;MS to %1</source>
        <translation>短信发送至 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email to %1</source>
        <translation>邮件发送至 %1(&amp;E)</translation>
    </message>
    <message>
        <source>IAM users change their own password under Security Settings &gt; Basic Information. An IAM user with no email address and no mobile number bound asks the administrator to reset it.</source>
        <translation>IAM 用户在“安全设置 &gt; 基本信息”中修改自己的密码。未绑定邮箱地址和手机号的 IAM 用户请联系管理员重置密码。</translation>
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
    <message numerus="yes">
        <source>%1 (%n card(s) x %2)</source>
        <translation>
            <numerusform>%1（%n 张 × %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>正在检查账号…</translation>
    </message>
    <message>
        <source>Huawei Cloud services are enabled when the customer signs in to Huawei Cloud. &lt;a href=&quot;login&quot;&gt;Sign in and enable the services…&lt;/a&gt; or choose another account.</source>
        <translation>客户登录华为云时即可开通华为云服务。&lt;a href=&quot;login&quot;&gt;登录并开通服务…&lt;/a&gt;，或选择其他账号。</translation>
    </message>
    <message>
        <source>Disabled services cannot be restored. Choose another account.</source>
        <translation>已停用的服务无法恢复。请选择其他账号。</translation>
    </message>
    <message>
        <source>Closed services can be restored in My Account from 24 hours after closing, within the retention period. &lt;a href=&quot;account&quot;&gt;Show this account&lt;/a&gt; or choose another one.</source>
        <translation>注销 24 小时后、在保留期内，可在“我的账号”中恢复已注销的服务。&lt;a href=&quot;account&quot;&gt;查看该账号&lt;/a&gt;，或选择其他账号。</translation>
    </message>
    <message>
        <source>The account stays frozen until its reseller sets a monthly budget. &lt;a href=&quot;account&quot;&gt;Show this account&lt;/a&gt; or choose another one.</source>
        <translation>在经销商设置月度预算之前，该账号保持冻结。&lt;a href=&quot;account&quot;&gt;查看该账号&lt;/a&gt;，或选择其他账号。</translation>
    </message>
    <message>
        <source>Its real-name authentication is under review (within 3 working days). &lt;a href=&quot;review&quot;&gt;Open the review queue&lt;/a&gt; to act as Huawei&apos;s reviewer, or choose an authenticated account.</source>
        <translation>其实名认证正在审核中（3 个工作日内）。&lt;a href=&quot;review&quot;&gt;打开审核队列&lt;/a&gt;以华为审核员身份处理，或选择已实名认证的账号。</translation>
    </message>
    <message>
        <source>Real-name authentication is done in My Account and reviewed within 3 working days. &lt;a href=&quot;authenticate&quot;&gt;Authenticate this account…&lt;/a&gt; or choose an authenticated one.</source>
        <translation>实名认证在“我的账号”中提交，3 个工作日内完成审核。&lt;a href=&quot;authenticate&quot;&gt;为该账号实名认证…&lt;/a&gt;，或选择已实名认证的账号。</translation>
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
    <name>oc::gui::ReauthCurrentOwnerPage</name>
    <message>
        <source>Modify Individual Authentication Information</source>
        <translation>修改个人认证信息</translation>
    </message>
    <message>
        <source>First the current owner proves their identity.</source>
        <translation>首先由当前所有者证明身份。</translation>
    </message>
    <message>
        <source>Upload the materials of the current, authenticated owner and the change application form signed by both owners.</source>
        <translation>上传当前已认证所有者的材料，以及由新旧所有者共同签字的变更申请表。</translation>
    </message>
    <message>
        <source>Current owner&apos;s certificate page:</source>
        <translation>当前所有者证件页：</translation>
    </message>
    <message>
        <source>Current owner holding the certificate:</source>
        <translation>当前所有者手持证件：</translation>
    </message>
    <message>
        <source>Change application form (PDF):</source>
        <translation>变更申请表（PDF）：</translation>
    </message>
    <message>
        <source>Certificate materials: a JPG, JPEG, BMP, PNG, or PDF file of at most 10 MB. The application form template is a Word file and cannot be uploaded as is: convert or scan it to PDF.</source>
        <translation>证件材料：JPG、JPEG、BMP、PNG 或 PDF 文件，不超过 10 MB。申请表模板是 Word 文件，不能直接上传：请转换或扫描为 PDF。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthEnterprisePage</name>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Change to an Enterprise Account</source>
        <translation>变更为企业账号</translation>
    </message>
    <message>
        <source>Change Enterprise Entity</source>
        <translation>变更企业主体</translation>
    </message>
    <message>
        <source>The service ticket: the enterprise that takes over the account.</source>
        <translation>服务工单：接手该账号的企业。</translation>
    </message>
    <message>
        <source>Enter the new enterprise&apos;s information exactly as on its certificate.</source>
        <translation>请按新企业的证件准确填写其信息。</translation>
    </message>
    <message>
        <source>The certificate information that you provide will only be used for real-name authentication. Your data will be treated as private and confidential.</source>
        <translation>您提供的证件信息仅用于实名认证，我们将对您的数据严格保密。</translation>
    </message>
    <message>
        <source>Enter the name exactly as displayed on the enterprise certificate.</source>
        <translation>请按企业证件上的名称准确填写。</translation>
    </message>
    <message>
        <source>Photos: a JPG, JPEG, BMP, or PNG file of at most 10 MB; the original owner holds the passport open at the visa page and at the personal information page. The application form, from the template, signed by both parties: a PDF scan or a photo.</source>
        <translation>照片：JPG、JPEG、BMP 或 PNG 文件，不超过 10 MB；原账号所有者手持护照，分别翻开签证页和个人信息页。申请表按模板填写并由双方签字：上传 PDF 扫描件或照片。</translation>
    </message>
    <message>
        <source>Certificate: a JPG, JPEG, BMP, or PNG file of at most 10 MB. Download the change application form, fill it in, print, sign and stamp it, then upload a PDF scan or one original photo of all pages side by side.</source>
        <translation>证件：JPG、JPEG、BMP 或 PNG 文件，不超过 10 MB。下载变更申请表，填写、打印、签字并盖章，然后上传 PDF 扫描件，或一张将所有页面并排拍摄的原始照片。</translation>
    </message>
    <message>
        <source>Change application form:</source>
        <translation>变更申请表：</translation>
    </message>
    <message>
        <source>The form is &amp;signed by both parties</source>
        <translation>申请表已由双方签字(&amp;S)</translation>
    </message>
    <message>
        <source>The form is &amp;stamped by both enterprises</source>
        <translation>申请表已由双方企业盖章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Holding the passport:</source>
        <translation>手持护照：</translation>
    </message>
    <message>
        <source>Enterprise certificate:</source>
        <translation>企业证件：</translation>
    </message>
    <message>
        <source>Holding the passport, visa page</source>
        <translation>手持护照签证页</translation>
    </message>
    <message>
        <source>Holding the passport, personal page</source>
        <translation>手持护照个人信息页</translation>
    </message>
    <message>
        <source>Front of the enterprise certificate</source>
        <translation>企业证件正面</translation>
    </message>
    <message>
        <source>Back of the enterprise certificate</source>
        <translation>企业证件背面</translation>
    </message>
    <message>
        <source>Back of the enterprise certificate (optional)</source>
        <translation>企业证件背面（可选）</translation>
    </message>
    <message>
        <source>Change application form</source>
        <translation>变更申请表</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthIndividualPage</name>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>The New Owner</source>
        <translation>新所有者</translation>
    </message>
    <message>
        <source>Enter the new owner&apos;s details as they appear on the certificate.</source>
        <translation>请按证件填写新所有者的信息。</translation>
    </message>
    <message>
        <source>The certificate information that you provide will only be used for real-name authentication. Your data will be treated as private and confidential.</source>
        <translation>您提供的证件信息仅用于实名认证，我们将对您的数据严格保密。</translation>
    </message>
    <message>
        <source>Enter the new owner&apos;s name as it appears on the certificate.</source>
        <translation>请按证件填写新所有者的姓名。</translation>
    </message>
    <message>
        <source>Enter the certificate number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>Identity verification, new authentication material: upload a JPG, JPEG, BMP, PNG, or PDF file whose size is less than or equal to 10 MB. You may watermark it as long as the key data stays readable.</source>
        <translation>身份验证，新的认证材料：上传 JPG、JPEG、BMP、PNG 或 PDF 文件，大小不超过 10 MB。可以添加水印，但关键信息须清晰可读。</translation>
    </message>
    <message>
        <source>New owner&apos;s passport page:</source>
        <translation>新所有者护照页：</translation>
    </message>
    <message>
        <source>New owner holding the passport:</source>
        <translation>新所有者手持护照：</translation>
    </message>
    <message>
        <source>New owner&apos;s ID card:</source>
        <translation>新所有者身份证：</translation>
    </message>
    <message>
        <source>New owner holding the ID card:</source>
        <translation>新所有者手持身份证：</translation>
    </message>
    <message>
        <source>New owner&apos;s driver license:</source>
        <translation>新所有者驾驶证：</translation>
    </message>
    <message>
        <source>New owner holding the license:</source>
        <translation>新所有者手持驾驶证：</translation>
    </message>
    <message>
        <source>Both owners &amp;signed the application form</source>
        <translation>新旧所有者均已在申请表上签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthKindPage</name>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>The old authentication record stays valid until the request is approved. On approval, resources bought during the request and any amounts owed move to the new entity; on rejection they stay with the original entity.</source>
        <translation>申请审核通过前，原认证信息仍然有效。审核通过后，申请期间购买的资源及欠款转移到新主体；审核未通过则仍归原主体。</translation>
    </message>
    <message>
        <source>The old authentication stays valid until the request is approved. Arrears and resources bought between submission and approval belong to the new owner; if the request is rejected, they belong to the original owner.</source>
        <translation>申请审核通过前，原认证信息仍然有效。从提交到审核通过期间产生的欠款和购买的资源归新所有者；如申请被驳回，则归原所有者。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>View/Change Authentication</source>
        <translation>查看/变更认证</translation>
    </message>
    <message>
        <source>Choose what to change in the account&apos;s real-name authentication.</source>
        <translation>选择要变更的实名认证内容。</translation>
    </message>
    <message>
        <source>Re-authentication passes the account to another owner or changes the enterprise behind it. The review ends within three working days.</source>
        <translation>重新认证可将账号转给其他所有者，或变更其背后的企业。审核在三个工作日内完成。</translation>
    </message>
    <message>
        <source>The account passes to another person. Both owners sign the change application form; no arrears.</source>
        <translation>账号转给另一个人。新旧所有者共同签署变更申请表；不能有欠款。</translation>
    </message>
    <message>
        <source>The account passes to an enterprise through a service ticket: the enterprise&apos;s details, photos and the form signed by both parties.</source>
        <translation>通过服务工单将账号转给企业：企业信息、照片以及双方签字的申请表。</translation>
    </message>
    <message>
        <source>The account&apos;s resources and funds pass to another enterprise. The form is stamped by both enterprises; no arrears. A KooGallery seller cannot change its entity.</source>
        <translation>账号的资源和资金转给另一家企业。申请表须由双方企业盖章；不能有欠款。云商店商家不能变更主体。</translation>
    </message>
    <message>
        <source>The same enterprise under a new name; the registration number cannot change.</source>
        <translation>同一企业使用新名称；注册号不能变更。</translation>
    </message>
    <message>
        <source>Click OK to confirm the re-authentication.</source>
        <translation>单击“确定”确认重新认证。</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthNamePage</name>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Change Enterprise Name</source>
        <translation>变更企业名称</translation>
    </message>
    <message>
        <source>You are changing the enterprise name. Please provide the following details and upload the materials required for authentication.</source>
        <translation>您正在变更企业名称。请提供以下信息并上传认证所需材料。</translation>
    </message>
    <message>
        <source>The certificate information that you provide will only be used for real-name authentication. Your data will be treated as private and confidential.</source>
        <translation>您提供的证件信息仅用于实名认证，我们将对您的数据严格保密。</translation>
    </message>
    <message>
        <source>Enter the name exactly as displayed on the enterprise certificate.</source>
        <translation>请按企业证件上的名称准确填写。</translation>
    </message>
    <message>
        <source>Upload a JPG, JPEG, BMP, PNG, GIF, or PDF file whose size is less than or equal to 10 MB: the statement of commitment (its template is a Word file: convert it first), stamped with an official seal that shows the new name (Chinese mainland) or signed (elsewhere); the supporting document issued by the industrial and commercial administration or higher-level authorities; the scanned copy of the new enterprise&apos;s certificate. The registration number cannot change: to change it, change the enterprise entity.</source>
        <translation>上传 JPG、JPEG、BMP、PNG、GIF 或 PDF 文件，大小不超过 10 MB：承诺书（模板为 Word 文件，请先转换），加盖显示新名称的公章（中国大陆）或签字（其他地区）；工商行政管理部门或上级主管机关出具的证明文件；新企业证件的扫描件。注册号不能变更：如需变更，请变更企业主体。</translation>
    </message>
    <message>
        <source>Statement of commitment:</source>
        <translation>承诺书：</translation>
    </message>
    <message>
        <source>Supporting document:</source>
        <translation>证明文件：</translation>
    </message>
    <message>
        <source>New enterprise certificate:</source>
        <translation>新企业证件：</translation>
    </message>
    <message>
        <source>The statement is &amp;sealed or signed</source>
        <translation>承诺书已盖章或签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Change Enterprise &amp;Entity instead…</source>
        <translation>改为变更企业主体(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthProgressPage</name>
    <message>
        <source>%1 (within three working days)</source>
        <translation>%1（三个工作日内）</translation>
    </message>
    <message>
        <source>Your re-authentication request is under review.</source>
        <translation>您的重新认证申请正在审核中。</translation>
    </message>
    <message>
        <source>The old authentication stays valid until the request is approved. The review ends within three working days; Huawei&apos;s reviewer is played in the Review queue (Go &gt; Review queue).</source>
        <translation>申请审核通过前，原认证信息仍然有效。审核在三个工作日内完成；华为的审核在“审核队列”中模拟（转到 &gt; 审核队列）。</translation>
    </message>
    <message>
        <source>Re-authentication approved.</source>
        <translation>重新认证已通过。</translation>
    </message>
    <message>
        <source>The account now carries the new authentication information.</source>
        <translation>账号现已使用新的认证信息。</translation>
    </message>
    <message>
        <source>Re-authentication rejected.</source>
        <translation>重新认证未通过。</translation>
    </message>
    <message>
        <source>The account keeps its authentication. Correct the information and try again (Huawei accounts &gt; View/Change…).</source>
        <translation>账号保留原认证信息。请更正信息后重试（华为账号 &gt; 查看/变更…）。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReauthWizard</name>
    <message>
        <source>Re-authentication</source>
        <translation>重新认证</translation>
    </message>
</context>
<context>
    <name>oc::gui::RechargeOrderPage</name>
    <message>
        <source>Recharging…</source>
        <translation>正在充值…</translation>
    </message>
    <message>
        <source>Huawei Cloud marketplace purchase</source>
        <translation>华为云云商店购买</translation>
    </message>
    <message>
        <source>Enter the Huawei Cloud account ID and the order number of the stored-value card purchase.</source>
        <translation>输入华为云账号ID和储值卡购买订单号。</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>充值(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oc::gui::RechargeResultPage</name>
    <message>
        <source>Recharged</source>
        <translation>已充值</translation>
    </message>
    <message>
        <source>Recharge successful</source>
        <translation>充值成功</translation>
    </message>
    <message numerus="yes">
        <source>%n stored-value card(s), %1 in all, were added to fee-center account %2.</source>
        <translation>
            <numerusform>%n 张储值卡（共 %1）已充值到费用中心账号 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>New stored-value cards</source>
        <translation>新增储值卡</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期时间</translation>
    </message>
</context>
<context>
    <name>oc::gui::RechargeTypePage</name>
    <message>
        <source>Buy stored-value card</source>
        <translation>购买储值卡</translation>
    </message>
    <message>
        <source>Billing Center &gt; Account overview: recharge with cards bought on KooGallery.</source>
        <translation>费用中心 &gt; 账户总览：使用在云商店购买的储值卡充值。</translation>
    </message>
    <message>
        <source>After paying for %1 stored-value cards on KooGallery, recharge the fee-center account with the Huawei Cloud account ID and the order number. Each unit becomes one card of 100 CNY.</source>
        <translation>在云商店支付%1储值卡后，使用华为云账号ID和订单号为费用中心账号充值。每个单位对应一张面值 100 元的储值卡。</translation>
    </message>
</context>
<context>
    <name>oc::gui::RechargeWizard</name>
    <message>
        <source>Buy stored-value card</source>
        <translation>购买储值卡</translation>
    </message>
</context>
<context>
    <name>oc::gui::RecipientDialog</name>
    <message>
        <source>The recipient %1 was changed.</source>
        <translation>消息接收人 %1 已修改。</translation>
    </message>
    <message>
        <source>The recipient %1 was added.</source>
        <translation>消息接收人 %1 已添加。</translation>
    </message>
    <message>
        <source>Edit Message Recipient</source>
        <translation>修改消息接收人</translation>
    </message>
    <message>
        <source>Add Message Recipient</source>
        <translation>添加消息接收人</translation>
    </message>
    <message>
        <source>A message recipient also receives the account&apos;s SMS and email notifications. Give a mobile number, an email address or both.</source>
        <translation>消息接收人也会收到该账号的短信和邮件通知。请填写手机号、邮箱地址，或两者都填。</translation>
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
    <name>oc::gui::RegistrationDonePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Activated successfully</source>
        <translation>开通成功</translation>
    </message>
    <message>
        <source>%1 account %2 (%3)</source>
        <translation>%1账号 %2（%3）</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Log in to the Billing Center with the username %1 and the password you set to see bills, stored-value cards and workspaces.</source>
        <translation>使用用户名 %1 和您设置的密码登录费用中心，查看账单、储值卡和工作空间。</translation>
    </message>
    <message>
        <source>This workspace is billed by its cloud account; no Billing Center login was created.</source>
        <translation>该工作空间由其云账号计费，未创建费用中心登录账号。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>oc::gui::RegistrationWizard</name>
    <message>
        <source>Register the %1 Commercial Plan</source>
        <translation>注册%1商业版</translation>
    </message>
</context>
<context>
    <name>oc::gui::RejectDialog</name>
    <message>
        <source>Reject the real-name authentication</source>
        <translation>驳回实名认证</translation>
    </message>
    <message>
        <source>The customer is told the reason and may submit again.</source>
        <translation>客户会收到原因，并可重新提交。</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>选择原因</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oc::gui::RestoreServicesDialog</name>
    <message>
        <source>Huawei Cloud services were restored.</source>
        <translation>华为云服务已恢复。</translation>
    </message>
    <message>
        <source>Restore Huawei Cloud Services</source>
        <translation>恢复华为云服务</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore Huawei Cloud services? They are enabled again as they were before closing. Restoring is possible from 24 hours after closing, until the retention period ends.</source>
        <translation>恢复华为云服务？服务将恢复到关闭前的状态。关闭 24 小时后至保留期结束前均可恢复。</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReviewProgressPage</name>
    <message>
        <source>Advancing the clock…</source>
        <translation>正在推进时钟…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>oc::gui::ReviewQueueView</name>
    <message>
        <source>Real-name authentication requests</source>
        <translation>实名认证申请</translation>
    </message>
    <message>
        <source>No real-name authentication requests.</source>
        <translation>没有实名认证申请。</translation>
    </message>
    <message>
        <source>No request matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的申请。</translation>
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
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Acting as Huawei&apos;s reviewer: approve a request, or reject it with the reason. Reviews end within three working days.</source>
        <translation>模拟华为审核员：通过申请，或选择原因驳回。审核在三个工作日内完成。</translation>
    </message>
    <message>
        <source>Check: the certificate&apos;s country/region is the account&apos;s; the certificate is valid and its photo clear; the name and number match it; the holding photo shows the front side with all data readable, face and arms visible, no headwear; photos are original. One certificate number authenticates at most 3 individual or 6 enterprise accounts.</source>
        <translation>检查：证件国家/地区与账号一致；证件有效且照片清晰；姓名和号码与证件相符；手持照片为正面、信息清晰可读、露出面部和手臂、不戴帽子；照片为原图。一个证件号码最多认证 3 个个人账号或 6 个企业账号。</translation>
    </message>
    <message>
        <source>&amp;Request for:</source>
        <translation>申请类型(&amp;R)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>oc::gui::ServiceContactDialog</name>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <source>The mobile number was changed.</source>
        <translation>手机号已修改。</translation>
    </message>
    <message>
        <source>The email address was changed.</source>
        <translation>邮箱地址已修改。</translation>
    </message>
    <message>
        <source>Change Service Email Address</source>
        <translation>修改服务邮箱地址</translation>
    </message>
    <message>
        <source>Bind Service Mobile Number</source>
        <translation>绑定服务手机号</translation>
    </message>
    <message>
        <source>Change Service Mobile Number</source>
        <translation>修改服务手机号</translation>
    </message>
    <message>
        <source>Step 1 of 2: verify your identity</source>
        <translation>第 1 步（共 2 步）：验证身份</translation>
    </message>
    <message>
        <source>Step 2 of 2: the new mobile number</source>
        <translation>第 2 步（共 2 步）：新手机号</translation>
    </message>
    <message>
        <source>Step 2 of 2: the new email address</source>
        <translation>第 2 步（共 2 步）：新邮箱地址</translation>
    </message>
    <message>
        <source>First verify your identity with a code sent to the mobile number or the email address of the HUAWEI ID. Codes arrive in the Outbox.</source>
        <translation>请先使用发送至华为账号手机号或邮箱地址的验证码验证身份。验证码可在发件箱查看。</translation>
    </message>
    <message>
        <source>S&amp;MS (no mobile number bound)</source>
        <translation>短信（未绑定手机号）(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;MS to %1</source>
        <translation>短信发送至 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Email (no email address bound)</source>
        <translation>邮件（未绑定邮箱地址）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Email to %1</source>
        <translation>邮件发送至 %1(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the new service mobile number with its country code, send a code to it and enter that code.</source>
        <translation>请输入带国家/地区代码的新服务手机号，向其发送验证码并输入该验证码。</translation>
    </message>
    <message>
        <source>Enter the new service email address, send a code to it and enter that code.</source>
        <translation>请输入新的服务邮箱地址，向其发送验证码并输入该验证码。</translation>
    </message>
    <message>
        <source>New &amp;mobile number:</source>
        <translation>新手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>New &amp;email address:</source>
        <translation>新邮箱地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Not yet bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>%1 (the HUAWEI ID&apos;s)</source>
        <translation>%1（华为账号的邮箱地址）</translation>
    </message>
</context>
<context>
    <name>oc::gui::SettlementAccountPage</name>
    <message>
        <source>✓ The instance is active and belongs to this account.</source>
        <translation>✓ 该实例有效且属于此账号。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Huawei Cloud account settlement</source>
        <translation>华为云账号结算</translation>
    </message>
    <message>
        <source>First activate %1 SaaS Edition on Huawei Cloud, then enter the account ID and the instance ID.</source>
        <translation>请先在华为云开通%1 SaaS 版，然后输入账号ID和实例ID。</translation>
    </message>
</context>
<context>
    <name>oc::gui::SettlementConfirmPage</name>
    <message>
        <source>Changing the settlement…</source>
        <translation>正在变更结算方式…</translation>
    </message>
    <message>
        <source>Settlement changed</source>
        <translation>结算方式已变更</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The workspace now settles as shown.</source>
        <translation>该工作空间现按如下方式结算。</translation>
    </message>
    <message>
        <source>Check and confirm the change.</source>
        <translation>请检查并确认变更。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>The settlement method can be changed again next calendar month.</source>
        <translation>下个自然月才能再次变更结算方式。</translation>
    </message>
</context>
<context>
    <name>oc::gui::SettlementMethodPage</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Change settlement</source>
        <translation>变更结算方式</translation>
    </message>
    <message>
        <source>Billing Center &gt; Workspace management: who pays for this workspace.</source>
        <translation>费用中心 &gt; 工作空间管理：由谁为此工作空间付费。</translation>
    </message>
    <message>
        <source>Alibaba Cloud and AWS accounts are bound from their own marketplaces. The settlement method changes at most once per calendar month.</source>
        <translation>阿里云和 AWS 账号需从各自的云市场绑定。结算方式每个自然月最多变更一次。</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作空间…</translation>
    </message>
</context>
<context>
    <name>oc::gui::SettlementWizard</name>
    <message>
        <source>Change settlement</source>
        <translation>变更结算方式</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpAccountPage</name>
    <message>
        <source>Creating the HUAWEI ID…</source>
        <translation>正在创建华为账号…</translation>
    </message>
    <message>
        <source>Sign up for a HUAWEI ID</source>
        <translation>注册华为账号</translation>
    </message>
    <message>
        <source>One HUAWEI ID signs in to every Huawei portal, Huawei Cloud included.</source>
        <translation>一个华为账号即可登录所有华为门户，包括华为云。</translation>
    </message>
    <message>
        <source>The verification code is sent to the email address (see the Outbox).</source>
        <translation>验证码发送到邮箱地址（见发件箱）。</translation>
    </message>
    <message>
        <source>For an individual, where the person lives; for an enterprise, where it is registered. It sets the applicable laws and tax rates, and cannot be changed once Huawei Cloud services are enabled.</source>
        <translation>个人选择居住地，企业选择注册地。它决定适用的法律和税率，开通华为云服务后不可更改。</translation>
    </message>
    <message>
        <source>At least 8 characters, with both letters and digits, and no spaces.</source>
        <translation>至少 8 个字符，须同时包含字母和数字，不能含空格。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>注册(&amp;R)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpCardPage</name>
    <message>
        <source>Verifying the card with the bank…</source>
        <translation>正在向银行验证银行卡…</translation>
    </message>
    <message>
        <source>Complete your information</source>
        <translation>完善信息</translation>
    </message>
    <message>
        <source>Bind a credit card: use Huawei Cloud first and pay later.</source>
        <translation>绑定信用卡：先使用华为云，后付费。</translation>
    </message>
    <message>
        <source>A deposit of 1 USD (or the same in another currency) is taken to check the card and returned after a successful binding; when depends on the bank. A bound card gives the post-payment qualification: the bill is made on the 3rd day of the next month and charged to the card.</source>
        <translation>验证银行卡时将预扣 1 美元（或等值的其他币种），绑定成功后退还，到账时间取决于银行。绑卡后获得后付费资格：账单在次月 3 日生成并从该卡扣款。</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Simulation: the identity verification on the bank&apos;s page answers this way.</source>
        <translation>模拟：银行页面的身份验证将如此答复。</translation>
    </message>
    <message>
        <source>Add a payment method at the next login, via Associate in a message.</source>
        <translation>下次登录时通过消息中的“关联”添加支付方式。</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpDonePage</name>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the account ID</source>
        <translation>复制账号 ID</translation>
    </message>
    <message>
        <source>Your HUAWEI ID is ready and Huawei Cloud services are enabled.</source>
        <translation>您的华为账号已就绪，华为云服务已开通。</translation>
    </message>
    <message>
        <source>Your HUAWEI ID is ready. Huawei Cloud services are not enabled yet.</source>
        <translation>您的华为账号已就绪，华为云服务尚未开通。</translation>
    </message>
    <message>
        <source>Not yet bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Card bound: post-payment qualification</source>
        <translation>已绑卡：具备后付费资格</translation>
    </message>
    <message>
        <source>No payment method yet</source>
        <translation>尚无支付方式</translation>
    </message>
    <message>
        <source>Next: real-name authentication. Only a real-name authenticated account can buy on KooGallery.</source>
        <translation>下一步：实名认证。只有完成实名认证的账号才能在云商店购买。</translation>
    </message>
    <message>
        <source>Next: enable Huawei Cloud services at the next login, then complete the information and the real-name authentication.</source>
        <translation>下一步：下次登录时开通华为云服务，然后完善信息并完成实名认证。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpEnablePage</name>
    <message>
        <source>Enabling Huawei Cloud services…</source>
        <translation>正在开通华为云服务…</translation>
    </message>
    <message>
        <source>Enable Huawei Cloud Services</source>
        <translation>开通华为云服务</translation>
    </message>
    <message>
        <source>The HUAWEI ID is created. Enable Huawei Cloud services to use it on Huawei Cloud.</source>
        <translation>华为账号已创建。开通华为云服务后即可在华为云使用。</translation>
    </message>
    <message>
        <source>Before buying cloud services, add a mobile number, the account details and a payment method. You can also enable services later: the account stays not enabled until then.</source>
        <translation>购买云服务前，请添加手机号、账号信息和支付方式。也可以稍后开通服务：在此之前账号保持未开通状态。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>开通(&amp;E)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpMobilePage</name>
    <message>
        <source>Verify Identity</source>
        <translation>验证身份</translation>
    </message>
    <message>
        <source>Bind Mobile Number</source>
        <translation>绑定手机号</translation>
    </message>
    <message>
        <source>Complete Account Information</source>
        <translation>完善账号信息</translation>
    </message>
    <message>
        <source>Select Payment Option</source>
        <translation>选择支付方式</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Binding the mobile number…</source>
        <translation>正在绑定手机号…</translation>
    </message>
    <message>
        <source>Complete your information</source>
        <translation>完善信息</translation>
    </message>
    <message>
        <source>Before buying cloud services, add a mobile number, the account details and a payment method.</source>
        <translation>购买云服务前，请添加手机号、账号信息和支付方式。</translation>
    </message>
    <message>
        <source>Bind the mobile number: a code is sent to it by SMS.</source>
        <translation>绑定手机号：验证码将通过短信发送。</translation>
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>Didn&apos;t get a verification code? Codes arrive in the Outbox (Go &gt; Outbox); a new one can be requested after 60 seconds.</source>
        <translation>没有收到验证码？验证码在发件箱中（转到 &gt; 发件箱）；60 秒后可重新获取。</translation>
    </message>
    <message>
        <source>This number is only for Huawei Cloud news and promotions and identity verification. It cannot be used to log in.</source>
        <translation>该号码仅用于接收华为云资讯、促销信息和身份验证，不能用于登录。</translation>
    </message>
    <message>
        <source>Complete the information at the next login, via Associate in a message.</source>
        <translation>下次登录时通过消息中的“关联”完善信息。</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpSecurityPhonePage</name>
    <message>
        <source>Binding the security phone…</source>
        <translation>正在绑定安全手机…</translation>
    </message>
    <message>
        <source>Security phone number</source>
        <translation>安全手机号</translation>
    </message>
    <message>
        <source>Used to reset a forgotten password. You can skip this step.</source>
        <translation>用于找回密码。可以跳过此步骤。</translation>
    </message>
    <message>
        <source>Enter the number with its country code, then get a code by SMS (see the Outbox).</source>
        <translation>输入带国家代码的号码，然后获取短信验证码（见发件箱）。</translation>
    </message>
    <message>
        <source>+86 138 0013 8000</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>oc::gui::SignUpWizard</name>
    <message>
        <source>Sign up for a HUAWEI ID</source>
        <translation>注册华为账号</translation>
    </message>
</context>
<context>
    <name>oc::gui::TemplateDownload</name>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>下载模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Download the template</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
</context>
<context>
    <name>oc::gui::TenantNameDialog</name>
    <message>
        <source>The tenant name was changed to %1.</source>
        <translation>租户名已修改为 %1。</translation>
    </message>
    <message>
        <source>Edit Tenant Name</source>
        <translation>修改租户名</translation>
    </message>
    <message>
        <source>Before you change the tenant name:
• IAM users log in with the tenant name, and it is part of the IAM login link. After the change, IAM users must use the new name, and applications that call the APIs with password authentication must be updated.
• The new name is used only in the Huawei Cloud Sales Agreement, in bills and for IAM login. It is not a HUAWEI ID login name: to log in with it, change the login ID under Manage &gt; Account &amp; security. The login ID can be changed only once.</source>
        <translation>修改租户名前请注意：
• IAM 用户使用租户名登录，租户名也是 IAM 用户登录链接的一部分。修改后，IAM 用户须使用新租户名登录，使用密码认证方式调用 API 的应用也须相应更新。
• 新租户名仅用于华为云销售协议、账单和 IAM 用户登录，不是华为账号的登录名：如需用它登录，请在“管理 &gt; 账号与安全”中修改登录ID。登录ID只能修改一次。</translation>
    </message>
    <message>
        <source>Starts with a letter; 6 to 32 characters: letters, digits, - and _ only.</source>
        <translation>以字母开头，6 到 32 个字符，只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>%1 of %2 changes used this year</source>
        <translation>本年已修改 %1 次（共 %2 次）</translation>
    </message>
    <message>
        <source>All %1 changes of this calendar year are used: the tenant name can be changed again next year.</source>
        <translation>本日历年的 %1 次修改机会已全部用完，明年才能再次修改租户名。</translation>
    </message>
    <message>
        <source>This is the current tenant name: enter a new one.</source>
        <translation>这是当前的租户名，请输入新的租户名。</translation>
    </message>
</context>
<context>
    <name>oc::gui::TerminateClosingDialog</name>
    <message>
        <source>The closing was terminated: Huawei Cloud services are enabled again and the customer was notified.</source>
        <translation>关闭已终止：华为云服务已重新启用，并已通知客户。</translation>
    </message>
    <message>
        <source>Terminate Closing (act as Huawei)</source>
        <translation>终止关闭（模拟华为）</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>终止(&amp;T)</translation>
    </message>
    <message>
        <source>Huawei may end a closing during its retention period without the customer&apos;s consent. The services are enabled again and the customer is notified.</source>
        <translation>在保留期内，华为可在未经客户同意的情况下终止关闭。服务将重新启用，并通知客户。</translation>
    </message>
    <message>
        <source>Third-party complaints</source>
        <translation>第三方投诉</translation>
    </message>
    <message>
        <source>Government investigations</source>
        <translation>政府调查</translation>
    </message>
    <message>
        <source>Litigation or arbitration</source>
        <translation>诉讼或仲裁</translation>
    </message>
    <message>
        <source>Failed later checks</source>
        <translation>后续检查未通过</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>oc::gui::TourChooserDialog</name>
    <message>
        <source>The tours cannot be read: %1</source>
        <translation>无法读取导览：%1</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>The tour could not be started.</source>
        <translation>无法启动导览。</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>引导式导览</translation>
    </message>
    <message>
        <source>&amp;Start tour</source>
        <translation>开始导览(&amp;S)</translation>
    </message>
</context>
<context>
    <name>oc::gui::TourPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>引导式导览</translation>
    </message>
    <message>
        <source>F6 moves between the tour and the console; Back, Skip and Quit are here.</source>
        <translation>按 F6 在导览面板和控制台之间切换；“上一步”“跳过”“退出”按钮在此面板中。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit tour</source>
        <translation>退出导览(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>关闭导览</translation>
    </message>
    <message>
        <source>Quit the tour</source>
        <translation>退出导览</translation>
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
    <message>
        <source>Waiting for the server. Next and Back are available again when it answers.</source>
        <translation>正在等待服务器响应。服务器响应后即可再次使用“下一步”和“上一步”。</translation>
    </message>
</context>
</TS>

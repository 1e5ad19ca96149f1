// Names compromise's lexicon misses (its own issues #169, #1180, #450: non-Anglo and many common
// names). Chosen to cover the communities US hospitals serve: Hispanic, African and African
// American, Arabic, South and East Asian, Vietnamese, Filipino, Slavic and Nordic given names and
// surnames. Lower-case.

export const EXTRA_FIRST_NAMES = `
aaliyah abdirahman abdul abdullah abebe abena abimbola adaeze adebayo adeola ademola adriana afua agnieszka ahmad aiko
aisha akosua alejandra alejandro aleksandr alessandra alhassan ali alicja alvaro amadou amara amare amina amir amit
anahi anaya andile andrzej anh anil anita anjali apinya aram araceli arjun armando arturo asha ashok aurelio ayaan
ayana ayesha aziz babajide bao bartosz beatriz bich binh bogdan bongani bui busisiwe camila carlos catalina cheng
chidi chiamaka chidinma chinedu chinwe chioma chukwuma consuelo corazon cuong dae-jung dalia darnell dashawn deepak
deshawn desmond dimitri dinh dmitri dolores duc dung efua ebony ekaterina elif emeka emre enrique esperanza ewa ezinne
farhan farida fatima fatimah fernanda fernando folasade frank gabriela gao giorgos giovanni guadalupe gustavo habib
hamid hanh haruki haruko hassan hien hieu hiroshi hoa hoang hung huong ibrahim ifeoma ignacio ihor ikechukwu imani
inés irina ismail itzel jamal jamila javed javier jaylen jaylin jia jiho jin joaquin jorge jun kalani kamala kareem
kavya kayode kemi keisha kenji khadija khalid kiran kofi kwame kwabena lakshmi lamar latoya latisha leticia linh
ljubica lorena lucia lúcia luz mahmoud malik mandla manuel mariam mariana marisol marta mateo matías mbali mehmet mei
mihai ming minh mohamed mohammad mohammed mustafa nadia nam nasra ngozi nguyen nikhil nilufar nkechi nnamdi nomvula
noor nuno nuñez obinna oksana oleksandr olga olumide olusegun oluwaseun omar omari oscar pablo pedro pham piotr pooja
prakash priya quang rafael rahul raj rajesh ramón raúl ravi refilwe reza rivka rodrigo rosalind rui sadia saeed samir
sanjay santiago sapna seun shanice shanthi shreya sibusiso siddharth siobhan sipho siu somchai sunita suresh svetlana
tadeusz tamika tanvir tariq temitope thabo thandiwe thanh thao thi thuy tien tomasz trang tuan tunde uchenna umar
valentina vikram vinh vo wanjiru wei wojciech xiao ximena yaw yesenia yetunde yolanda yuki yusuf zainab zanele zeynep
zhang zhen zhou zoltan
`.trim().split(/\s+/);

export const EXTRA_LAST_NAMES = `
abara adebayo adeyemi afolabi agarwal aguilar ahmed akhtar al-sayed alvarez ambrose amoah anand andrade appiah asante
attah bakr banerjee barros batista benitez benítez bhatt bianchi bose brandt castellanos castillo chakraborty chaudhry
chavez chowdhury contreras cruz dang das delgado demir dewan diallo diaz dlamini domínguez dominguez dominguez duarte
eze ezeh fernandes fernandez ferreira figueroa fuentes galindo gallegos garza ghosh gomez gómez gonzales gonzalez
gonzález gupta gutierrez haddad haidari hernandez hernández herrera hoang hussain hussaini huynh ibrahim ivanov iyer
jimenez joshi kaminski kapoor karimi kaur khan khalil khoury kim kowalczyk kowalski kozlov kumar lindqvist lopez lópez
luna mahmoud malik marković martinez martínez medina mehta mendoza menon mishra mohamed molina morales moreno musa
nair nakamura navarro ndlovu nguyen nowak nwachukwu nwosu obi odhiambo okafor okeke okonkwo okoye oladipo ortega ortiz
osei owusu patel pereira perez pérez petrenko petrovic petrović pham quintero ramirez ramírez rao reddy reyes rezaei
rivera rodriguez rodríguez romero ruiz russo saini salazar sanchez sánchez sandoval santos sato shah sharma silva
singh sokolov soto suarez suzuki szymanski tanaka tran trivedi truong usman vargas vasquez vazquez vega velasquez
villanueva vo volkov vu wang warsame washington wiśniewski wisniewski wojcik wu yadav yamamoto yilmaz zhang zhao
zuniga
`.trim().split(/\s+/);

/** Given names that are also everyday English words: a name only with a cue or a known surname. */
export const AMBIGUOUS_FIRST_NAMES = new Set(`
will mark grace hope faith joy rose lily daisy dawn may june april august summer autumn winter bill frank art sandy
rusty chase hunter carter mason cooper parker taylor jordan austin dallas houston georgia virginia carolina paris india
china sky river brook ray guy jack harry buck bob pat sue jean gene don ross miles lane dean drew grant earl bishop
king prince precious sunny star major young long white brown green black gray price page penny holly ivy ruby pearl
amber crystal jade ginger candy angel christian sterling royal noble justice harmony melody destiny trinity liberty
patience charity honor serenity max sally rich norm sonny mercy heather misty stormy rob ash bud chip dot flo gail hazel
iris kit lee marsh nick pierce reed sage scott shelby wade wells york claire clay cliff colt dale glen hall hill rich
tom ben al ed van von de la del le st will's
`.trim().split(/\s+/));

/** Capitalised words that are never part of a patient's name in these posts. */
export const NEVER_NAME_WORDS = new Set(`
icu picu nicu cticu micu sicu er ed or pacu rn lpn cna md do np pa crna bsn msn dnp phd mph ccrn cen ma pt ot rt
covid god lord christ hospital medical center clinic health regional university college school unit floor
north south east west january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow christmas easter thanksgiving the
a an and or but if when while this that my our your his her their its we i he she they you it please thanks thank
happy merry dear hi hello hey ok okay lol lmao omg pov ugh wow yes no not just also still so very really update
day night shift nurse nurses doctor dr mr mrs ms miss mx sir madam senator president governor mayor officer award
fund foundation team program department dept service services system group care home house bed room rm icu's er's
dob mrn ssn dx hx cc hpi ros pmh psh hx meds nkda pcn pcp hcpoa poa dnr dni gcs bp hr rr spo2 ekg ecg cxr ct mri
instagram facebook twitter tiktok youtube reddit linkedin threads bluesky mastodon nextdoor google yelp chatgpt
claude gemini copilot medicare medicaid aetna cigna humana kaiser bcbs uhc epic cerner narcan tylenol advil
`.trim().split(/\s+/));

-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: habarlar
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `settings`
--

DROP TABLE IF EXISTS `settings`;
CREATE TABLE `settings` (
  `name` varchar(64) NOT NULL,
  `value` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES ('site_name','Täze Habarlar'),('site_url','https://tazehabarlar.example'),('timezone','Asia/Ashgabat');
UNLOCK TABLES;

--
-- Table structure for table `news`
--

DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `author` varchar(128) DEFAULT NULL,
  `published_at` datetime NOT NULL,
  `summary` text,
  `url` varchar(255) DEFAULT NULL,
  `status` tinyint DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=312 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `news` WRITE;
/*!40000 ALTER TABLE `news` DISABLE KEYS */;
INSERT INTO `news` VALUES (311,'Aşgabatda täze awtobus ýoly açyldy','Myrat Orazow','2026-12-03 09:15:00','Täze ýol şäheriň günbatar etraplaryny merkez bilen birleşdirýär. Awtobuslar her on minutdan ýöreýär.','https://tazehabarlar.example/habar/311',1),(310,'Mary welaýatynda pagta ýygymy tamamlandy','Jeren Annaýewa','2026-12-02 17:40:00','Welaýatyň daýhanlary meýilnamany wagtyndan öň ýerine ýetirdiler. Ýygym geçen ýyldan sekiz göterim köp boldy.','https://tazehabarlar.example/habar/310',1),(309,'Türkmenbaşy portunda täze kran işe girizildi',NULL,'2026-12-01 11:05:00','Kran bir sagatda kyrk konteýner ýükläp bilýär. Port işgärleri üçin okuwlar geçirildi.','https://tazehabarlar.example/habar/309',1);
/*!40000 ALTER TABLE `news` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2026-12-04 10:12:01
